package com.porchlight.scoring;

import com.porchlight.lead.EventType;
import com.porchlight.segment.rule.LeadFacts;
import com.porchlight.segment.rule.RuleContext;
import com.porchlight.segment.rule.RuleEvaluator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scoring formula in Java (ADR 0009), for explanations, for the what-if over the in-memory snapshot
 * ({@link LeadSnapshot}), and as the reference the set-based SQL ({@link ScoreSql}) is tested against. At time T:
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
 *
 * <p>{@link Compiled} is the formula prepared for one model and one moment (T truncated to microseconds, as stored
 * times are): both the explanation of one lead and the snapshot's evaluation of a million run through it, so there is
 * one Java formula, not one per caller.
 */
public final class ScoreFormula {

    /** Days in a quarter, the unit of the decay rate. */
    public static final double QUARTER_DAYS = 365.25 / 4;
    static final double MICROS_PER_QUARTER = QUARTER_DAYS * 86_400_000_000.0;
    static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final EventType[] TYPES = EventType.values();

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
        Compiled f = new Compiled(model, context);
        List<Line> lines = new ArrayList<>();
        int fit = 0;
        for (int r = 0; r < model.fitRules().size(); r++) {
            FitRule rule = model.fitRules().get(r);
            if (f.fitMatches(r, lead)) {
                fit += rule.points();
                lines.add(new Line(Line.Kind.FIT, rule.name(), rule.points(), 0, false));
            }
        }
        Counter counter = f.counter();
        for (LeadFacts.Event e : lead.events()) {
            counter.add(e.type().ordinal(), micros(e.occurredAt()));
        }
        for (int i = 0; i < model.intentRules().size(); i++) {
            IntentRule rule = model.intentRules().get(i);
            int n = counter.count(i);
            if (n > 0) {
                long uncapped = (long) rule.points() * n;
                lines.add(new Line(Line.Kind.INTENT, rule.eventType().label(), (int) Math.min(rule.cap(), uncapped),
                        n, uncapped > rule.cap()));
            }
        }
        int intentRaw = counter.intentRaw();
        long inactive = counter.inactiveMicros();
        double decay = f.decay(inactive);
        BigDecimal total = BigDecimal.valueOf(f.totalCents(fit, intentRaw, decay), 2);
        Instant last = counter.hasLast() ? Instant.EPOCH.plus(counter.lastMicros(), ChronoUnit.MICROS) : null;
        return new Score(fit, intentRaw, decay, total, f.mql(total), model.mqlThreshold(), last,
                inactive / 86_400_000_000.0, lines);
    }

    /** The share of intent left after {@code micros} microseconds of inactivity. */
    public static double decay(BigDecimal percentPerQuarter, double micros) {
        double keep = 1 - percentPerQuarter.doubleValue() / 100;
        return Math.pow(keep, micros / MICROS_PER_QUARTER);
    }

    /** Microseconds since the epoch (stored times have microseconds; finer parts are dropped). */
    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    /**
     * The formula for one model at one moment: fit rules evaluated by the segment {@link RuleEvaluator}, the intent
     * rules' windows as microsecond bounds, the rules of each event type, the decay base. Immutable and safe to share
     * between threads; each thread counts events with its own {@link #counter()}.
     */
    static final class Compiled {

        private final ScoringModel model;
        private final RuleEvaluator evaluator;
        private final long now;
        private final long longestSince;
        private final long[] since;
        private final int[] points;
        private final int[] caps;
        /** For each event type (by ordinal), the intent rules counting it. */
        private final int[][] rulesOfType;
        private final double keep;

        Compiled(ScoringModel model, RuleContext context) {
            this.model = model;
            this.evaluator = new RuleEvaluator(context);
            this.now = micros(context.now());
            List<IntentRule> intents = model.intentRules();
            int longest = intents.stream().mapToInt(IntentRule::windowDays).max().orElse(0);
            this.longestSince = now - longest * MICROS_PER_DAY;
            this.since = new long[intents.size()];
            this.points = new int[intents.size()];
            this.caps = new int[intents.size()];
            this.rulesOfType = new int[TYPES.length][];
            for (int t = 0; t < TYPES.length; t++) {
                EventType type = TYPES[t];
                rulesOfType[t] = java.util.stream.IntStream.range(0, intents.size())
                        .filter(i -> intents.get(i).eventType() == type).toArray();
            }
            for (int i = 0; i < intents.size(); i++) {
                since[i] = now - intents.get(i).windowDays() * MICROS_PER_DAY;
                points[i] = intents.get(i).points();
                caps[i] = intents.get(i).cap();
            }
            this.keep = 1 - model.decayPercentPerQuarter().doubleValue() / 100;
        }

        ScoringModel model() {
            return model;
        }

        /** T in microseconds since the epoch. */
        long now() {
            return now;
        }

        /** Whether the lead meets fit rule {@code r}'s condition (only its attributes are read, not its events). */
        boolean fitMatches(int r, LeadFacts lead) {
            return evaluator.matches(model.fitRules().get(r).condition(), lead);
        }

        int fitPoints(int r) {
            return model.fitRules().get(r).points();
        }

        Counter counter() {
            return new Counter(this);
        }

        double decay(long inactiveMicros) {
            return Math.pow(keep, inactiveMicros / MICROS_PER_QUARTER);
        }

        /**
         * The total in cents: {@code round2(fit · (decayFit ? decay : 1) + intentRaw · decay)}, half up on the decimal
         * value of the double (what {@code BigDecimal.valueOf(x).setScale(2, HALF_UP)} gives). A whole number — the
         * total of every lead without intent whose fit does not decay — skips the BigDecimal.
         */
        long totalCents(int fit, int intentRaw, double decay) {
            double raw = fit * (model.decayFit() ? decay : 1) + intentRaw * decay;
            if (raw == Math.rint(raw) && Math.abs(raw) < 1e12) {
                return (long) raw * 100;
            }
            return BigDecimal.valueOf(raw).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
        }

        boolean mql(BigDecimal total) {
            return total.compareTo(BigDecimal.valueOf(model.mqlThreshold())) >= 0;
        }

        boolean mql(long totalCents) {
            return totalCents >= model.mqlThreshold() * 100L;
        }
    }

    /** Counts one lead's events into the intent rules; {@link #reset()} before the next lead. */
    static final class Counter {

        private final Compiled f;
        private final int[] n;
        private long last = Long.MIN_VALUE;

        Counter(Compiled f) {
            this.f = f;
            this.n = new int[f.since.length];
        }

        void reset() {
            Arrays.fill(n, 0);
            last = Long.MIN_VALUE;
        }

        /** One event: its type's ordinal (an unknown type, −1, counts nowhere) and time in microseconds. */
        void add(int type, long at) {
            if (at > f.now || at < f.longestSince || type < 0) {
                return;
            }
            if (at > last) {
                last = at;
            }
            for (int i : f.rulesOfType[type]) {
                if (at >= f.since[i]) {
                    n[i]++;
                }
            }
        }

        int count(int rule) {
            return n[rule];
        }

        int intentRaw() {
            int raw = 0;
            for (int i = 0; i < n.length; i++) {
                if (n[i] > 0) {
                    raw += (int) Math.min(f.caps[i], (long) f.points[i] * n[i]);
                }
            }
            return raw;
        }

        boolean hasLast() {
            return last != Long.MIN_VALUE;
        }

        long lastMicros() {
            return last;
        }

        /** Microseconds from the latest counted event to T (0 without one: no decay). */
        long inactiveMicros() {
            return last == Long.MIN_VALUE ? 0 : Math.max(0, f.now - last);
        }
    }
}
