package com.porchlight.scoring;

import com.porchlight.segment.rule.ActivityCondition;
import com.porchlight.segment.rule.Rule;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.RuleProblem;
import com.porchlight.segment.rule.RuleReferences;
import com.porchlight.segment.rule.RuleValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every problem of a scoring model at once, each located (ADR 0009 lists the limits). */
final class ModelValidator {

    static final int MAX_FIT_POINTS = 100;
    static final int MAX_INTENT_POINTS = 100;
    static final int MAX_CAP = 200;
    static final int MAX_WINDOW_DAYS = 730;
    static final int MAX_RULES = 60;
    static final BigDecimal MAX_DECAY = new BigDecimal("60");

    private ModelValidator() {
    }

    static List<ModelProblem> validate(ScoringModel model, RuleReferences references) {
        List<ModelProblem> problems = new ArrayList<>();
        RuleValidator conditions = new RuleValidator(references);
        if (model.fitRules().size() + model.intentRules().size() > MAX_RULES) {
            problems.add(ModelProblem.setting("A model can have at most " + MAX_RULES + " rules."));
        }
        for (int i = 0; i < model.fitRules().size(); i++) {
            FitRule r = model.fitRules().get(i);
            if (r.name() == null || r.name().isBlank()) {
                problems.add(new ModelProblem(ModelProblem.Section.FIT, i, "Give the fit rule a name.", null));
            } else if (r.name().length() > 80) {
                problems.add(new ModelProblem(ModelProblem.Section.FIT, i,
                        "A fit rule's name can be at most 80 characters.", null));
            }
            if (r.points() == 0 || Math.abs(r.points()) > MAX_FIT_POINTS) {
                problems.add(new ModelProblem(ModelProblem.Section.FIT, i, "\"" + r.name() + "\": points must be "
                        + "between −" + MAX_FIT_POINTS + " and " + MAX_FIT_POINTS + " and not 0 (got " + r.points()
                        + ").", null));
            }
            if (containsBehaviour(r.condition())) {
                problems.add(new ModelProblem(ModelProblem.Section.FIT, i, "\"" + r.name() + "\": fit is about who "
                        + "the lead is; behaviour belongs in the intent rules.", null));
            }
            for (RuleProblem p : conditions.validate(r.condition())) {
                problems.add(new ModelProblem(ModelProblem.Section.FIT, i, "\"" + r.name() + "\": " + p.message(),
                        p));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < model.intentRules().size(); i++) {
            IntentRule r = model.intentRules().get(i);
            String what = r.eventType().label();
            if (r.points() < 1 || r.points() > MAX_INTENT_POINTS) {
                problems.add(new ModelProblem(ModelProblem.Section.INTENT, i, what + ": points per event must be "
                        + "between 1 and " + MAX_INTENT_POINTS + " (got " + r.points() + ").", null));
            }
            if (r.cap() < r.points() || r.cap() > MAX_CAP) {
                problems.add(new ModelProblem(ModelProblem.Section.INTENT, i, what + ": the cap must be at least the "
                        + "points of one event and at most " + MAX_CAP + " (got " + r.cap() + ").", null));
            }
            if (r.windowDays() < 1 || r.windowDays() > MAX_WINDOW_DAYS) {
                problems.add(new ModelProblem(ModelProblem.Section.INTENT, i, what + ": the look-back window must be "
                        + "between 1 and " + MAX_WINDOW_DAYS + " days (got " + r.windowDays() + ").", null));
            }
            if (!seen.add(r.eventType().name() + "/" + r.windowDays())) {
                problems.add(new ModelProblem(ModelProblem.Section.INTENT, i, what + " with a " + r.windowDays()
                        + "-day window is already counted by another rule.", null));
            }
        }
        BigDecimal decay = model.decayPercentPerQuarter();
        if (decay == null || decay.signum() < 0 || decay.compareTo(MAX_DECAY) > 0) {
            problems.add(ModelProblem.setting("Decay must be between 0 and 60 % per quarter (got "
                    + (decay == null ? "nothing" : decay.toPlainString()) + ")."));
        }
        if (model.mqlThreshold() < 1 || model.mqlThreshold() > 100) {
            problems.add(ModelProblem.setting("The MQL threshold must be between 1 and 100 (got "
                    + model.mqlThreshold() + ")."));
        }
        return problems;
    }

    private static boolean containsBehaviour(Rule rule) {
        return switch (rule) {
            case RuleGroup g -> g.rules().stream().anyMatch(ModelValidator::containsBehaviour);
            case ActivityCondition a -> true;
            default -> false;
        };
    }
}
