package com.porchlight.scoring;

import com.porchlight.benchmark.BenchmarksFile;
import com.porchlight.KaribuTest;
import com.porchlight.lead.EventType;
import com.porchlight.rate.RateProduct;
import com.porchlight.segment.rule.RuleContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Full rescoring of every lead and the what-if, on a database holding the benchmark dataset (1,000,000 leads, ~10 M
 * events). Not a test: it runs only with
 * {@code ./mvnw -Pbenchmark test -Dtest=ScoringBenchmark -Dspring.datasource.url=jdbc:mariadb://HOST:PORT/porchlight}.
 * In one run, interleaved: Porchlight's rescoring statement (generated from the live model by {@link ScoreWriter})
 * and the best single statement written by hand for the same formula and the default model, both writing
 * {@code lead_score}; then the what-if of a draft with one changed weight. It rewrites its section of
 * docs/BENCHMARKS.md. The only assertion: both statements store the same scores.
 */
@Tag("benchmark")
class ScoringBenchmark extends KaribuTest {

    private static final int RUNS = 3;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScoreWriter writer;
    @Autowired
    ScoringModels models;
    @Autowired
    ScoringAnalysis analysis;

    @Test
    void measure() throws IOException {
        long leads = jdbc.queryForObject("SELECT COUNT(*) FROM leads", Long.class);
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM lead_event", Long.class);
        PublishedModel live = models.live().orElseThrow();
        if (!live.model().equals(DefaultScoringModel.create())) {
            throw new IllegalStateException("The hand-written statement is the default model; the live model is v"
                    + live.versionNo() + ", which differs. Run on a database whose live model is the default.");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RuleContext context = writer.context(now);
        ScoreSql.Query porchlight = ScoreWriter.upsert(live, context, ScoreSql.Scope.ALL);
        HandWritten hand = handWritten(live, context);

        run(porchlight.sql(), porchlight.params()); // warm-up: buffer pool
        List<Double> ours = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ours.add(run(porchlight.sql(), porchlight.params()));
            theirs.add(run(hand.sql, hand.params));
        }
        // Both wrote the same scores: the hand-written one ran last; Porchlight's again into a copy to compare.
        jdbc.execute("DROP TABLE IF EXISTS bench_hand_score");
        jdbc.execute("CREATE TABLE bench_hand_score AS SELECT lead_id, fit, intent_raw, total, mql FROM lead_score");
        run(porchlight.sql(), porchlight.params());
        long differ = jdbc.queryForObject("SELECT COUNT(*) FROM lead_score s JOIN bench_hand_score h "
                + "ON h.lead_id = s.lead_id WHERE s.fit <> h.fit OR s.intent_raw <> h.intent_raw "
                + "OR ABS(s.total - h.total) > 0.011 OR (s.mql <> h.mql AND ABS(s.total - " + live.model()
                        .mqlThreshold() + ") > 0.011)", Long.class);
        jdbc.execute("DROP TABLE bench_hand_score");
        if (differ > 0) {
            throw new AssertionError(differ + " leads scored differently by the two statements");
        }

        ScoringModel draft = live.model().withThreshold(live.model().mqlThreshold() + 5)
                .withIntentRules(live.model().intentRules().stream().map(r -> r.eventType() == EventType.RATE_QUOTE
                        ? new IntentRule(r.eventType(), 20, 40, r.windowDays()) : r).toList());
        analysis.whatIf(draft, context); // warm-up
        List<Double> whatIf = new ArrayList<>();
        WhatIf last = null;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            last = analysis.whatIf(draft, context);
            whatIf.add((System.nanoTime() - t) / 1e6);
        }

        double oursMedian = median(ours);
        double theirsMedian = median(theirs);
        var section = new StringBuilder("<!-- scoring:start -->\n");
        section.append(String.format(Locale.ROOT, "### Lead scoring (%,d leads, %,d events, %s)%n%n", leads, events,
                LocalDate.now(ZoneOffset.UTC)));
        section.append("Command: `./mvnw -Pbenchmark test -Dtest=ScoringBenchmark -Dspring.datasource.url=jdbc:mariadb"
                + "://127.0.0.1:PORT/porchlight` against the benchmark dataset, live model = the default model; ")
                .append(RUNS).append(" runs each after one warm-up, Porchlight and hand-written interleaved. Both "
                        + "statements write `lead_score` for every lead and were checked to store the same scores.\n\n");
        section.append("| What | Runs (s) | Median | Target |\n|---|---|---:|---|\n");
        section.append(String.format(Locale.ROOT, "| Full rescoring, Porchlight (`ScoreWriter.upsert`, generated) | %s"
                + " | %.1f s | ≤ 20 s: %s |%n", list(ours), oursMedian / 1000, oursMedian <= 20_000 ? "met" : "NOT met"));
        section.append(String.format(Locale.ROOT, "| Full rescoring, best hand-written single statement | %s | %.1f s |"
                + " |%n", list(theirs), theirsMedian / 1000));
        section.append(String.format(Locale.ROOT, "| Ratio Porchlight / hand-written | | %.2f | ≤ 1.5: %s |%n",
                oursMedian / theirsMedian, oursMedian / theirsMedian <= 1.5 ? "met" : "NOT met"));
        section.append(String.format(Locale.ROOT, "| What-if of a draft (rate quote 20/40, threshold +5) over every "
                + "lead, read-only | %s | %.2f s | ≤ 3 s: %s |%n", list(whatIf), median(whatIf) / 1000,
                median(whatIf) <= 3000 ? "met" : "NOT met"));
        section.append(String.format(Locale.ROOT, "%nWhat-if result of the last run: %,d MQL now, %,d under the draft "
                + "(%,d entering, %,d leaving).%n", last.mqlNow(), last.mqlDraft(), last.entering(), last.leaving()));
        section.append("\nThe hand-written statement (default model, values bound):\n\n```sql\n").append(hand.sql)
                .append("\n```\n<!-- scoring:end -->");
        BenchmarksFile.replace("scoring", section.toString());
    }

    private double run(String sql, List<Object> params) {
        long t = System.nanoTime();
        jdbc.update(sql, params.toArray());
        return (System.nanoTime() - t) / 1e6;
    }

    private record HandWritten(String sql, List<Object> params) {
    }

    /**
     * The default model written out by an expert: fit as a few CASE expressions over the lead's columns (bands and
     * thresholds are mutually exclusive, so one CASE each), intent and last activity from one aggregate over the events
     * of the longest window (90 days) reached through the (type, occurred_at) index, and the same decay power.
     */
    private HandWritten handWritten(PublishedModel live, RuleContext context) {
        Instant now = context.now();
        Map<RateProduct, BigDecimal> rates = context.todaysRates();
        List<Object> p = new ArrayList<>();
        String trigger = "(l.loan_purpose IN ('REFINANCE', 'CASH_OUT_REFINANCE') AND l.current_rate >= CASE "
                + "WHEN l.current_program = 'CONVENTIONAL' AND COALESCE(l.current_term_months, 360) <= 180 THEN ? "
                + "WHEN l.current_program = 'CONVENTIONAL' THEN ? WHEN l.current_program = 'FHA' THEN ? "
                + "WHEN l.current_program = 'VA' THEN ? WHEN l.current_program = 'JUMBO' THEN ? END)";
        for (RateProduct product : List.of(RateProduct.CONV_15_FIXED, RateProduct.CONV_30_FIXED,
                RateProduct.FHA_30_FIXED, RateProduct.VA_30_FIXED, RateProduct.JUMBO_30_FIXED)) {
            BigDecimal r = rates.get(product);
            p.add(r == null ? new BigDecimal("99") : r.add(new BigDecimal("0.50")));
        }
        String fit = "(CASE l.credit_band WHEN 'EXCELLENT' THEN 20 WHEN 'GOOD' THEN 12 WHEN 'FAIR' THEN 4 "
                + "WHEN 'POOR' THEN -10 ELSE 0 END"
                + " + CASE WHEN l.dti <= 36 THEN 8 WHEN l.dti >= 50.01 THEN -10 ELSE 0 END"
                + " + CASE WHEN l.ltv <= 80 THEN 6 ELSE 0 END"
                + " + CASE WHEN l.loan_amount >= 150000 THEN 5 ELSE 0 END"
                + " + CASE WHEN l.first_time_buyer THEN 3 ELSE 0 END"
                + " + CASE WHEN l.veteran AND l.loan_program = 'VA' THEN 5 ELSE 0 END"
                + " + CASE WHEN " + trigger + " THEN 10 ELSE 0 END"
                + " + CASE WHEN l.state IN ('AK', 'HI', 'MT', 'ND', 'SD', 'VT', 'WY') THEN -40 ELSE 0 END)";
        StringBuilder intent = new StringBuilder();
        List<Object> intentParams = new ArrayList<>();
        for (IntentRule r : live.model().intentRules()) {
            intent.append(intent.length() == 0 ? "" : " + ").append("LEAST(").append(r.cap()).append(", ")
                    .append(r.points()).append(" * SUM(e.type = '").append(r.eventType().name())
                    .append("' AND e.occurred_at >= ?))");
            intentParams.add(utc(now.minus(Duration.ofDays(r.windowDays()))));
        }
        int longest = live.model().intentRules().stream().mapToInt(IntentRule::windowDays).max().orElseThrow();
        String types = String.join(", ", Arrays.stream(EventType.values()).map(t -> "'" + t.name() + "'").toList());
        List<Object> params = new ArrayList<>();
        params.add(live.model().mqlThreshold());
        params.add(utc(now));
        params.add(live.versionNo());
        params.add(utc(now));
        params.addAll(p);
        params.add(utc(now));
        params.addAll(intentParams);
        params.add(utc(now.minus(Duration.ofDays(longest))));
        params.add(utc(now));
        String sql = "INSERT INTO lead_score (lead_id, fit, intent_raw, intent, total, mql, mql_changed_at, "
                + "model_version, computed_at)\nSELECT x.id, x.fit, x.raw, ROUND(x.raw * x.decay, 2), "
                + "ROUND(x.fit + x.raw * x.decay, 2), ROUND(x.fit + x.raw * x.decay, 2) >= ?, ?, ?, ?\nFROM (SELECT l.id, "
                + fit + " AS fit,\n  COALESCE(e.raw, 0) AS raw,\n  COALESCE(POW(0.75, GREATEST(0, "
                + "TIMESTAMPDIFF(MICROSECOND, e.last_at, ?)) / 7889184000000), 1) AS decay\n FROM leads l LEFT JOIN "
                + "(SELECT e.lead_id, " + intent + " AS raw, MAX(e.occurred_at) AS last_at\n   FROM lead_event e WHERE "
                + "e.type IN (" + types + ") AND e.occurred_at >= ? AND e.occurred_at <= ? GROUP BY e.lead_id) e "
                + "ON e.lead_id = l.id) x\nON DUPLICATE KEY UPDATE mql_changed_at = IF(mql <> VALUES(mql), "
                + "VALUES(mql_changed_at), mql_changed_at), fit = VALUES(fit), intent_raw = VALUES(intent_raw), "
                + "intent = VALUES(intent), total = VALUES(total), mql = VALUES(mql), "
                + "model_version = VALUES(model_version), computed_at = VALUES(computed_at)";
        return new HandWritten(sql, params);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String list(List<Double> ms) {
        return String.join(", ", ms.stream().map(v -> String.format(Locale.ROOT, "%.1f", v / 1000)).toList());
    }
}
