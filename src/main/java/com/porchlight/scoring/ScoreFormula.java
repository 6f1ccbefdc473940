package com.porchlight.scoring;

import com.porchlight.segment.rule.LeadFacts;
import com.porchlight.segment.rule.RuleContext;
import com.porchlight.segment.rule.RuleEvaluator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scoring formula in Java (ADR 0009), for explanations and as the reference the set-based SQL
 * ({@link ScoreSql}) is tested against. At time T:
 *
 * <pre>
 * fit        = Σ points of the fit rules the lead meets
 * n(i)       = events of rule i's type with T − window(i) ≤ occurred ≤ T
 * intentRaw  = Σ min(cap(i), points(i) · n(i))
 * inactive   = days from the lead's latest event (≤ T) to T, ≥ 0, fractional
 * decay      = (1 − decay%/100) ^ (inactive / 91.3125)        — a quarter is 365.25 / 4 days
 * total      = round2(fit · (decayFit ? decay : 1) + intentRaw · decay)
 * MQL        = total ≥ threshold
 * </pre>
 *
 * A lead without events in the longest window has intentRaw = 0; its decay is then 1 (fit alone counts, undecayed
 * unless the model decays fit, in which case the latest event inside the longest window is what counts).
 */
public final class ScoreFormula {

    /** Days in a quarter, the unit of the decay rate. */
    public static final double QUARTER_DAYS = 365.25 / 4;
    static final double MICROS_PER_QUARTER = QUARTER_DAYS * 86_400_000_000.0;

    private ScoreFormula() {
    }

    /** A lead's score and how it came about, line by line. */
    public record Score(int fit, int intentRaw, double decay, BigDecimal total, boolean mql, int threshold,
            @Nullable Instant lastActivity, double inactiveDays, List<Line> lines) {

        /** Intent after decay, rounded to two decimals (for display). */
        public BigDecimal intent() {
            return BigDecimal.valueOf(intentRaw * decay).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** One rule's part in a score. {@code count} is the number of events for intent rules, else 0. */
    public record Line(Kind kind, String label, int points, int count, boolean capped) {
        public enum Kind { FIT, INTENT }
    }

    public static Score score(ScoringModel model, LeadFacts lead, RuleContext context) {
        Instant at = context.now();
        RuleEvaluator evaluator = new RuleEvaluator(context);
        List<Line> lines = new ArrayList<>();
        int fit = 0;
        for (FitRule rule : model.fitRules()) {
            if (evaluator.matches(rule.condition(), lead)) {
                fit += rule.points();
                lines.add(new Line(Line.Kind.FIT, rule.name(), rule.points(), 0, false));
            }
        }
        int longest = model.intentRules().stream().mapToInt(IntentRule::windowDays).max().orElse(0);
        Instant lastActivity = null;
        for (LeadFacts.Event e : lead.events()) {
            if (!e.occurredAt().isAfter(at) && !e.occurredAt().isBefore(at.minus(Duration.ofDays(longest)))
                    && (lastActivity == null || e.occurredAt().isAfter(lastActivity))) {
                lastActivity = e.occurredAt();
            }
        }
        int intentRaw = 0;
        for (IntentRule rule : model.intentRules()) {
            Instant since = at.minus(Duration.ofDays(rule.windowDays()));
            int n = (int) lead.events().stream().filter(e -> e.type() == rule.eventType())
                    .filter(e -> !e.occurredAt().isBefore(since) && !e.occurredAt().isAfter(at)).count();
            if (n > 0) {
                long uncapped = (long) rule.points() * n;
                int points = (int) Math.min(rule.cap(), uncapped);
                intentRaw += points;
                lines.add(new Line(Line.Kind.INTENT, rule.eventType().label(), points, n, uncapped > rule.cap()));
            }
        }
        double micros = lastActivity == null ? 0
                : Math.max(0, Duration.between(lastActivity, at).toNanos() / 1000L);
        double decay = decay(model.decayPercentPerQuarter(), micros);
        double raw = fit * (model.decayFit() ? decay : 1) + intentRaw * decay;
        BigDecimal total = BigDecimal.valueOf(raw).setScale(2, RoundingMode.HALF_UP);
        return new Score(fit, intentRaw, decay, total, total.compareTo(BigDecimal.valueOf(model.mqlThreshold())) >= 0,
                model.mqlThreshold(), lastActivity, micros / 86_400_000_000.0, lines);
    }

    /** The share of intent left after {@code micros} microseconds of inactivity. */
    public static double decay(BigDecimal percentPerQuarter, double micros) {
        double keep = 1 - percentPerQuarter.doubleValue() / 100;
        return Math.pow(keep, micros / MICROS_PER_QUARTER);
    }
}
