package com.porchlight.scoring;

import com.porchlight.segment.rule.RuleReferences;
import com.porchlight.segment.rule.RuleSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two models, in words a CMO reviews before publishing: fit rules matched by name, intent rules
 * by event type and window, then decay and threshold.
 */
public final class ModelDiff {

    private ModelDiff() {
    }

    public static List<String> between(ScoringModel before, ScoringModel after, RuleReferences references) {
        List<String> changes = new ArrayList<>();
        RuleSummary summary = new RuleSummary(references);
        Map<String, FitRule> old = new LinkedHashMap<>();
        before.fitRules().forEach(r -> old.put(r.name(), r));
        for (FitRule r : after.fitRules()) {
            FitRule was = old.remove(r.name());
            if (was == null) {
                changes.add("Fit rule added: \"" + r.name() + "\" " + signed(r.points()) + " ("
                        + summary.describe(r.condition()) + ")");
            } else {
                if (was.points() != r.points()) {
                    changes.add("Fit \"" + r.name() + "\": " + signed(was.points()) + " → " + signed(r.points()));
                }
                if (!was.condition().equals(r.condition())) {
                    changes.add("Fit \"" + r.name() + "\" condition: " + summary.describe(was.condition()) + " → "
                            + summary.describe(r.condition()));
                }
            }
        }
        old.values().forEach(r -> changes.add("Fit rule removed: \"" + r.name() + "\" " + signed(r.points())));
        Map<String, IntentRule> oldIntent = new LinkedHashMap<>();
        before.intentRules().forEach(r -> oldIntent.put(r.eventType().name(), r));
        for (IntentRule r : after.intentRules()) {
            IntentRule was = oldIntent.remove(r.eventType().name());
            if (was == null) {
                changes.add("Intent rule added: " + intent(r));
            } else if (!was.equals(r)) {
                changes.add("Intent " + r.eventType().label() + ": " + terms(was) + " → " + terms(r));
            }
        }
        oldIntent.values().forEach(r -> changes.add("Intent rule removed: " + intent(r)));
        if (before.decayPercentPerQuarter().compareTo(after.decayPercentPerQuarter()) != 0) {
            changes.add("Decay: " + before.decayPercentPerQuarter().stripTrailingZeros().toPlainString() + " % → "
                    + after.decayPercentPerQuarter().stripTrailingZeros().toPlainString() + " % per quarter");
        }
        if (before.decayFit() != after.decayFit()) {
            changes.add(after.decayFit() ? "Fit now decays with inactivity" : "Fit no longer decays");
        }
        if (before.mqlThreshold() != after.mqlThreshold()) {
            changes.add("MQL threshold: " + before.mqlThreshold() + " → " + after.mqlThreshold());
        }
        return changes;
    }

    private static String intent(IntentRule r) {
        return r.eventType().label() + " " + terms(r);
    }

    private static String terms(IntentRule r) {
        return signed(r.points()) + " each, at most " + r.cap() + ", last " + r.windowDays() + " days";
    }

    static String signed(int points) {
        return (points > 0 ? "+" : points < 0 ? "−" : "") + Math.abs(points);
    }
}
