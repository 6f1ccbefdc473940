package com.porchlight.scoring;

import com.porchlight.segment.rule.RuleContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What-if and backtest, read-only (no security here — the service checks): the what-if in Java over the in-memory
 * snapshot of every lead, the backtest as aggregates in SQL.
 */
@Component
class ScoringAnalysis {

    static final int BIN = 5;
    /**
     * The backtest scores a closed lead as it stood this many days after it arrived (or at its outcome, if that came
     * sooner): when a loan officer would have acted on the score. Scoring it at its outcome instead rewards whatever
     * happens at the end (a funded loan's quiet closing weeks decay its intent; a lost lead's last burst does not).
     */
    static final int BACKTEST_HORIZON_DAYS = 30;
    static final String BACKTEST_AS_OF = "LEAST({a}.received_at + INTERVAL " + BACKTEST_HORIZON_DAYS
            + " DAY, {a}.stage_changed_at)";
    static final int SAMPLE = 20;

    private final JdbcTemplate jdbc;

    ScoringAnalysis(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The what-if on the snapshot: the live model and the draft, both by {@link ScoreFormula.Compiled}, on the same
     * leads at the same moment {@code context.now()}; a lead's names are read only for the sample.
     */
    WhatIf whatIf(ScoringModel draft, @Nullable ScoringModel live, LeadSnapshot snapshot, RuleContext context) {
        long started = System.nanoTime();
        ScoreFormula.Compiled d = new ScoreFormula.Compiled(draft, context);
        long[] draftTotals = SnapshotScores.totals(snapshot, d);
        ScoreFormula.Compiled l = live == null ? null : new ScoreFormula.Compiled(live, context);
        long[] liveTotals = l == null ? new long[snapshot.size] : SnapshotScores.totals(snapshot, l);
        long mqlNow = 0;
        long mqlDraft = 0;
        long entering = 0;
        long leaving = 0;
        Map<Integer, Long> liveBins = new TreeMap<>();
        Map<Integer, Long> draftBins = new TreeMap<>();
        long binCents = BIN * 100L;
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < snapshot.size; i++) {
            boolean lm = l != null && l.mql(liveTotals[i]);
            boolean dm = d.mql(draftTotals[i]);
            mqlNow += lm ? 1 : 0;
            mqlDraft += dm ? 1 : 0;
            entering += !lm && dm ? 1 : 0;
            leaving += lm && !dm ? 1 : 0;
            liveBins.merge((int) Math.floorDiv(liveTotals[i], binCents), 1L, Long::sum);
            draftBins.merge((int) Math.floorDiv(draftTotals[i], binCents), 1L, Long::sum);
            if (lm != dm && changed.size() < SAMPLE) {
                changed.add(i);
            }
        }
        int first = Math.min(liveBins.isEmpty() ? 0 : ((TreeMap<Integer, Long>) liveBins).firstKey(),
                draftBins.isEmpty() ? 0 : ((TreeMap<Integer, Long>) draftBins).firstKey());
        int last = Math.max(liveBins.isEmpty() ? 0 : ((TreeMap<Integer, Long>) liveBins).lastKey(),
                draftBins.isEmpty() ? 0 : ((TreeMap<Integer, Long>) draftBins).lastKey());
        List<Long> liveHistogram = new ArrayList<>();
        List<Long> draftHistogram = new ArrayList<>();
        for (int b = first; b <= last; b++) {
            liveHistogram.add(liveBins.getOrDefault(b, 0L));
            draftHistogram.add(draftBins.getOrDefault(b, 0L));
        }
        List<WhatIf.ChangedLead> sample = new ArrayList<>();
        if (!changed.isEmpty()) {
            Map<Long, String[]> named = new java.util.HashMap<>();
            jdbc.query("SELECT id, CONCAT(first_name, ' ', last_name), state, stage FROM leads WHERE id IN ("
                    + String.join(", ", java.util.Collections.nCopies(changed.size(), "?")) + ")", rs -> {
                        named.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                    }, changed.stream().map(i -> (Object) snapshot.ids[i]).toArray());
            for (int i : changed) {
                String[] n = named.get(snapshot.ids[i]);
                if (n != null) {
                    sample.add(new WhatIf.ChangedLead(snapshot.ids[i], n[0], n[1], n[2],
                            BigDecimal.valueOf(liveTotals[i], 2), BigDecimal.valueOf(draftTotals[i], 2),
                            !(l != null && l.mql(liveTotals[i]))));
                }
            }
        }
        return new WhatIf(snapshot.size, mqlNow, mqlDraft, entering, leaving, BIN, first * BIN, liveHistogram,
                draftHistogram, sample, (System.nanoTime() - started) / 1_000_000, context.now());
    }

    /**
     * The what-if as one read-only statement over the database: the draft's totals in SQL against the stored live
     * scores. Slow at scale (docs/BENCHMARKS.md); kept as the reference the snapshot what-if is tested against.
     */
    WhatIf whatIfSql(ScoringModel draft, RuleContext context) {
        long started = System.nanoTime();
        ScoreSql.Query select = ScoreSql.select(draft, context, ScoreSql.Scope.ALL);
        List<Object> params = new ArrayList<>();
        params.add(draft.mqlThreshold());
        params.add(draft.mqlThreshold());
        params.addAll(select.params());
        // One pass: leads grouped by (live bin, draft bin, live MQL, draft MQL), with a few ids of changed ones.
        String sql = "SELECT FLOOR(COALESCE(s.total, 0) / " + BIN + ") AS lb, FLOOR(d.total / " + BIN + ") AS db, "
                + "COALESCE(s.mql, 0) AS lm, d.total >= ? AS dm, COUNT(*) AS n, "
                + "GROUP_CONCAT(IF(COALESCE(s.mql, 0) <> (d.total >= ?), d.lead_id, NULL) ORDER BY d.lead_id LIMIT "
                + SAMPLE + ") AS changed FROM (SELECT x.lead_id, " + ScoreSql.total(draft, "x") + " AS total FROM ("
                + select.sql() + ") x) d LEFT JOIN lead_score s ON s.lead_id = d.lead_id GROUP BY lb, db, lm, dm";
        Map<Integer, Long> live = new TreeMap<>();
        Map<Integer, Long> proposed = new TreeMap<>();
        long[] totals = new long[5];
        List<Long> changedIds = new ArrayList<>();
        jdbc.query(sql, rs -> {
            int lb = rs.getInt("lb");
            int db = rs.getInt("db");
            boolean lm = rs.getBoolean("lm");
            boolean dm = rs.getBoolean("dm");
            long n = rs.getLong("n");
            live.merge(lb, n, Long::sum);
            proposed.merge(db, n, Long::sum);
            totals[0] += n;
            totals[1] += lm ? n : 0;
            totals[2] += dm ? n : 0;
            totals[3] += !lm && dm ? n : 0;
            totals[4] += lm && !dm ? n : 0;
            String changed = rs.getString("changed");
            if (changed != null && !changed.isEmpty() && changedIds.size() < SAMPLE) {
                Arrays.stream(changed.split(",")).map(Long::parseLong).limit(SAMPLE - changedIds.size())
                        .forEach(changedIds::add);
            }
        }, params.toArray());
        int first = Math.min(live.isEmpty() ? 0 : ((TreeMap<Integer, Long>) live).firstKey(),
                proposed.isEmpty() ? 0 : ((TreeMap<Integer, Long>) proposed).firstKey());
        int last = Math.max(live.isEmpty() ? 0 : ((TreeMap<Integer, Long>) live).lastKey(),
                proposed.isEmpty() ? 0 : ((TreeMap<Integer, Long>) proposed).lastKey());
        List<Long> liveBins = new ArrayList<>();
        List<Long> draftBins = new ArrayList<>();
        for (int b = first; b <= last; b++) {
            liveBins.add(live.getOrDefault(b, 0L));
            draftBins.add(proposed.getOrDefault(b, 0L));
        }
        List<WhatIf.ChangedLead> sample = sample(draft, context, changedIds);
        return new WhatIf(totals[0], totals[1], totals[2], totals[3], totals[4], BIN, first * BIN, liveBins, draftBins,
                sample, (System.nanoTime() - started) / 1_000_000, context.now());
    }

    private List<WhatIf.ChangedLead> sample(ScoringModel draft, RuleContext context, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ScoreSql.Query select = ScoreSql.select(draft, context, ScoreSql.Scope.ids(ids));
        List<Object> params = new ArrayList<>(select.params());
        params.add(draft.mqlThreshold());
        return jdbc.query("SELECT l.id, CONCAT(l.first_name, ' ', l.last_name), l.state, l.stage, "
                + "COALESCE(s.total, 0), " + ScoreSql.total(draft, "x") + ", COALESCE(s.mql, 0) FROM (" + select.sql()
                + ") x JOIN leads l ON l.id = x.lead_id LEFT JOIN lead_score s ON s.lead_id = x.lead_id "
                + "WHERE COALESCE(s.mql, 0) <> (" + ScoreSql.total(draft, "x") + " >= ?) ORDER BY l.id",
                (rs, n) -> new WhatIf.ChangedLead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), BigDecimal.valueOf(rs.getDouble(6)).setScale(2,
                                java.math.RoundingMode.HALF_UP), !rs.getBoolean(7)), params.toArray());
    }

    Backtest backtest(ScoringModel live, ScoringModel draft, RuleContext context, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        long[] outcomes = new long[2];
        jdbc.query("SELECT SUM(stage = 'FUNDED'), SUM(stage = 'LOST') FROM leads WHERE stage IN ('FUNDED', 'LOST') "
                + "AND received_at >= ? AND received_at < ?", rs -> {
                    outcomes[0] = rs.getLong(1);
                    outcomes[1] = rs.getLong(2);
                }, ScoringModels.utc(start), ScoringModels.utc(end));
        return new Backtest(from, to, outcomes[0], outcomes[1], result(live, context, start, end, outcomes),
                result(draft, context, start, end, outcomes));
    }

    private Backtest.Result result(ScoringModel model, RuleContext context, Instant start, Instant end,
            long[] outcomes) {
        String scope = "{a}.stage IN ('FUNDED', 'LOST') AND {a}.received_at >= ? AND {a}.received_at < ?";
        ScoreSql.Query select = ScoreSql.selectAsOf(model, context, scope, List.of(ScoringModels.utc(start),
                ScoringModels.utc(end)), BACKTEST_AS_OF);
        // Funded and lost leads per whole-point score: enough for capture, precision and the ROC curve.
        TreeMap<Integer, long[]> byScore = new TreeMap<>();
        jdbc.query("SELECT FLOOR(" + ScoreSql.total(model, "x") + ") AS score, SUM(l.stage = 'FUNDED'), "
                + "SUM(l.stage = 'LOST') FROM (" + select.sql() + ") x JOIN leads l ON l.id = x.lead_id GROUP BY score",
                rs -> {
                    byScore.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, select.params().toArray());
        long funded = outcomes[0];
        long lost = outcomes[1];
        long mqlFunded = 0;
        long mqlLost = 0;
        for (Map.Entry<Integer, long[]> e : byScore.tailMap(model.mqlThreshold(), true).entrySet()) {
            mqlFunded += e.getValue()[0];
            mqlLost += e.getValue()[1];
        }
        // ROC: sweep the threshold from the highest score down.
        List<Backtest.Point> roc = new ArrayList<>();
        roc.add(new Backtest.Point(Integer.MAX_VALUE, 0, 0));
        long tp = 0;
        long fp = 0;
        double auc = 0;
        double lastTpr = 0;
        double lastFpr = 0;
        for (Map.Entry<Integer, long[]> e : byScore.descendingMap().entrySet()) {
            tp += e.getValue()[0];
            fp += e.getValue()[1];
            double tpr = funded == 0 ? 0 : (double) tp / funded;
            double fpr = lost == 0 ? 0 : (double) fp / lost;
            auc += (fpr - lastFpr) * (tpr + lastTpr) / 2;
            roc.add(new Backtest.Point(e.getKey(), tpr, fpr));
            lastTpr = tpr;
            lastFpr = fpr;
        }
        return new Backtest.Result(model.mqlThreshold(), mqlFunded, mqlLost,
                funded == 0 ? 0 : (double) mqlFunded / funded,
                mqlFunded + mqlLost == 0 ? 0 : (double) mqlFunded / (mqlFunded + mqlLost), auc, roc);
    }
}
