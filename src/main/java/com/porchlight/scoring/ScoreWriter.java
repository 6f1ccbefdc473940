package com.porchlight.scoring;

import com.porchlight.lead.LeadsScored;
import com.porchlight.rate.RatesInForce;
import com.porchlight.segment.rule.RuleContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes scores, set-based. A few leads: one {@code INSERT … SELECT … ON DUPLICATE KEY UPDATE} computes and stores the
 * live model's score of every lead in scope, then the MQL hand-off runs in the same transaction ({@link LeadsScored}).
 * Every lead: one {@code INSERT … SELECT} into a fresh copy of the table, swapped in atomically ({@link #rescoreAll}). No security
 * here: it is called by the services (which check roles), the scheduler and the lead module's hooks.
 */
@Component
class ScoreWriter {

    private static final Logger log = LoggerFactory.getLogger(ScoreWriter.class);
    /** The in-memory limit of the rescoring statement's temporary tables (the events grouped by lead). */
    private static final long TEMP_BYTES = 1L << 30;
    /**
     * Leads scored one by one since this long before a full run started are scored again after it: a transaction that
     * scored its leads just before the run started may commit after the run's statement took its snapshot. (Scoring is
     * the last step of the transactions that record events or leads, so the gap is short.)
     */
    private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(2);

    /** A full rescoring, as recorded in {@code scoring_run}. */
    record Run(long id, int modelVersion, long leadsScored, long becameMql, long millis, long scoredAgain) {
    }

    private final JdbcTemplate jdbc;
    private final ScoringModels models;
    private final RatesInForce rates;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DataSource dataSource;
    private final TransactionTemplate requiresNew;
    /** Tests run something between building the new table and swapping it in (events arriving meanwhile). */
    volatile Runnable beforeSwap = () -> { };

    private volatile boolean warnedAboutPrivileges;

    ScoreWriter(JdbcTemplate jdbc, ScoringModels models, RatesInForce rates, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock, DataSource dataSource) {
        this.dataSource = dataSource;
        this.requiresNew = new TransactionTemplate(Objects.requireNonNull(tx.getTransactionManager()));
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.models = models;
        this.rates = rates;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    RuleContext context(Instant at) {
        return new RuleContext(at, rates.at(at));
    }

    /** Rescores every lead with the live model; empty when no model is published yet. */
    Optional<Run> rescoreAll(String reason, String by) {
        Optional<PublishedModel> live = models.live();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        PublishedModel model = live.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long runId = startRun(model.versionNo(), reason, now);
        long started = System.nanoTime();
        try {
            long[] rebuilt = rebuild(model, now);
            long scored = rebuilt[0];
            // Hand-off in a transaction of its own: a caller's finished transaction (afterCommit) must not swallow it.
            long became = Objects.requireNonNull(requiresNew.execute(status -> {
                events.publishEvent(new LeadsScored(null, model.versionNo(), by, now));
                Long n = jdbc.queryForObject("SELECT COUNT(*) FROM lead_score WHERE mql AND mql_changed_at = ?",
                        Long.class, ScoringModels.utc(now));
                return n == null ? 0L : n;
            }));
            long millis = (System.nanoTime() - started) / 1_000_000;
            jdbc.update("UPDATE scoring_run SET finished_at = ?, leads_scored = ?, became_mql = ? WHERE id = ?",
                    ScoringModels.utc(clock.instant()), scored, became, runId);
            log.info("Rescored {} leads with model v{} in {} ms ({}); {} crossed into MQL", scored,
                    model.versionNo(), millis, reason, became);
            return Optional.of(new Run(runId, model.versionNo(), scored, became, millis, rebuilt[1]));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jdbc.update("UPDATE scoring_run SET finished_at = ?, failure = ? WHERE id = ?",
                    ScoringModels.utc(clock.instant()), message.length() > 1000 ? message.substring(0, 1000) : message,
                    runId);
            throw e;
        }
    }

    /**
     * Every lead's score written into a new, empty copy of {@code lead_score}, which then replaces the old table in one
     * atomic {@code RENAME TABLE} (ADR 0009, "Full rescoring"). Into an empty table InnoDB loads in key order with
     * table-level undo; the secondary indexes are built afterwards by sorting; the statement reads with READ COMMITTED
     * (no shared locks on a million leads and the events), keeps its temporary tables in memory and materialises its
     * per-lead SELECT instead of merging it into the INSERT. On the old table a
     * million upserts cost 3–5× as much (docs/BENCHMARKS.md).
     *
     * <p>Leads scored one by one while this ran (new events, intake, edits: their writes went to the old table) are
     * scored again in the new one once it is in place: {@code RENAME} waits for every open transaction that wrote the
     * old table, so afterwards the old table holds all of them, recognisable by {@code computed_at} (a full run
     * stamps every row with its start, recorded in {@code scoring_run}). Returns the number of leads scored and of those
     * scored again.
     */
    private long[] rebuild(PublishedModel model, Instant now) {
        long scored;
        List<Long> touched = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            execute(c, "SELECT GET_LOCK('porchlight.rescore-all', 3600)");
            try {
                try {
                    execute(c, "DROP TABLE IF EXISTS lead_score_next, lead_score_prev");
                    execute(c, "CREATE TABLE lead_score_next LIKE lead_score");
                } catch (SQLException e) {
                    if (!privilegeDenied(e)) {
                        throw e;
                    }
                    // A deployment whose application user may not create tables (README, "An external MariaDB")
                    // still gets every score, the slower way: one upsert over the stored table.
                    if (!warnedAboutPrivileges) {
                        warnedAboutPrivileges = true;
                        log.warn("Full rescoring falls back to updating lead_score in place: the database user may not "
                                + "create tables ({}). Grant CREATE, DROP and ALTER on lead_score, lead_score_next and "
                                + "lead_score_prev for the faster swap.", e.getMessage());
                    }
                    long n = Objects.requireNonNull(requiresNew.execute(status -> write(model, ScoreSql.Scope.ALL, now)));
                    return new long[] {n, 0};
                }
                List<String> indexes = secondaryIndexes(c);
                for (String index : indexes) {
                    execute(c, "ALTER TABLE lead_score_next DROP INDEX " + index.substring(0, index.indexOf(' ')));
                }
                int isolation = c.getTransactionIsolation();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                // derived_merge=off: the per-lead SELECT is materialised once; merged, MariaDB re-evaluated its fit,
                // intent and decay expressions for every reference to them (total, MQL flag, time stamp): 35-57 s
                // against 24-25 s for the same statement.
                execute(c, "SET SESSION unique_checks = 0, foreign_key_checks = 0, tmp_table_size = " + TEMP_BYTES
                        + ", max_heap_table_size = " + TEMP_BYTES + ", optimizer_switch = 'derived_merge=off'");
                try {
                    ScoreSql.Query q = fill(model, context(now));
                    try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                        for (int i = 0; i < q.params().size(); i++) {
                            ps.setObject(i + 1, q.params().get(i));
                        }
                        scored = ps.executeUpdate();
                    }
                    for (String index : indexes) {
                        execute(c, "ALTER TABLE lead_score_next ADD INDEX " + index);
                    }
                } finally {
                    execute(c, "SET SESSION unique_checks = DEFAULT, foreign_key_checks = DEFAULT, "
                            + "tmp_table_size = DEFAULT, max_heap_table_size = DEFAULT, optimizer_switch = DEFAULT");
                    c.setTransactionIsolation(isolation);
                }
                beforeSwap.run();
                execute(c, "SET SESSION lock_wait_timeout = 120");
                try {
                    execute(c, "RENAME TABLE lead_score TO lead_score_prev, lead_score_next TO lead_score");
                } finally {
                    execute(c, "SET SESSION lock_wait_timeout = DEFAULT");
                }
                // Rows a full run wrote carry its start as computed_at (and a full run's catch-up rows are leads
                // scored individually anyway); everything else recent was scored one by one.
                try (PreparedStatement ps = c.prepareStatement("SELECT lead_id FROM lead_score_prev "
                        + "WHERE computed_at >= ? AND computed_at NOT IN (SELECT started_at FROM scoring_run "
                        + "WHERE started_at >= ?) ORDER BY lead_id")) {
                    ps.setObject(1, ScoringModels.utc(now.minus(CATCH_UP_MARGIN)));
                    ps.setObject(2, ScoringModels.utc(now.minus(CATCH_UP_MARGIN)));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            touched.add(rs.getLong(1));
                        }
                    }
                }
                if (!touched.isEmpty()) {
                    Instant later = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    requiresNew.executeWithoutResult(status -> {
                        for (int from = 0; from < touched.size(); from += 1000) {
                            write(model, ScoreSql.Scope.ids(touched.subList(from, Math.min(touched.size(),
                                    from + 1000))), later);
                        }
                    });
                    log.info("Rescoring: {} leads scored individually during the run were scored again",
                            touched.size());
                }
                execute(c, "DROP TABLE lead_score_prev");
            } finally {
                execute(c, "DO RELEASE_LOCK('porchlight.rescore-all')");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rescoring failed: " + e.getMessage(), e);
        }
        return new long[] {scored, touched.size()};
    }

    /** The statement that fills {@code lead_score_next} with every lead's score; exposed for the benchmark. */
    static ScoreSql.Query fill(PublishedModel model, RuleContext context) {
        ScoreSql.Query select = ScoreSql.select(model.model(), context, ScoreSql.Scope.ALL);
        String total = ScoreSql.total(model.model(), "x");
        List<Object> params = new ArrayList<>();
        params.add(model.model().mqlThreshold());
        params.add(model.model().mqlThreshold());
        params.add(ScoringModels.utc(context.now()));
        params.add(model.versionNo());
        params.add(ScoringModels.utc(context.now()));
        params.addAll(select.params());
        // mql_changed_at: kept while the MQL flag stays, now when it flips or the lead is new (as the upsert does).
        String sql = "INSERT INTO lead_score_next (lead_id, fit, intent_raw, intent, total, mql, mql_changed_at, "
                + "model_version, computed_at) SELECT x.lead_id, x.fit, x.intent_raw, ROUND(x.intent_raw * x.decay, 2), "
                + total + ", " + total + " >= ?, CASE WHEN o.lead_id IS NULL OR o.mql <> (" + total + " >= ?) THEN ? "
                + "ELSE o.mql_changed_at END, ?, ? FROM (" + select.sql() + ") x LEFT JOIN lead_score o "
                + "ON o.lead_id = x.lead_id";
        return new ScoreSql.Query(sql, params);
    }

    /** The secondary indexes of {@code lead_score} as {@code name (col, …)}, to drop and rebuild on the copy. */
    private static List<String> secondaryIndexes(Connection c) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT INDEX_NAME, GROUP_CONCAT("
                + "CONCAT('`', COLUMN_NAME, '`', IF(SUB_PART IS NULL, '', CONCAT('(', SUB_PART, ')'))) "
                + "ORDER BY SEQ_IN_INDEX SEPARATOR ', '), NON_UNIQUE FROM information_schema.STATISTICS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'lead_score' AND INDEX_NAME <> 'PRIMARY' "
                + "GROUP BY INDEX_NAME, NON_UNIQUE")) {
            while (rs.next()) {
                if (rs.getInt(3) == 0) {
                    continue; // a unique index stays: dropping it would change what the load checks
                }
                indexes.add("`" + rs.getString(1) + "` (" + rs.getString(2) + ")");
            }
        }
        return indexes;
    }

    /** MariaDB's "command denied" and "access denied" answers. */
    static boolean privilegeDenied(SQLException e) {
        return switch (e.getErrorCode()) {
            case 1044, 1142, 1227 -> true;
            default -> false;
        };
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Rescores these leads with the live model, in the caller's transaction, and hands new MQLs over. */
    void rescore(List<Long> ids, String by) {
        if (ids.isEmpty()) {
            return;
        }
        models.live().ifPresent(model -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            for (int from = 0; from < ids.size(); from += 1000) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
                write(model, ScoreSql.Scope.ids(chunk), now);
                events.publishEvent(new LeadsScored(chunk, model.versionNo(), by, now));
            }
        });
    }

    /** Rescores the leads of one import. */
    void rescoreImport(long importId, String by) {
        models.live().ifPresent(model -> tx.executeWithoutResult(status -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            write(model, new ScoreSql.Scope("l.import_id = ?", List.of(importId),
                    "e.lead_id IN (SELECT id FROM leads WHERE import_id = ?)", List.of(importId)), now);
            List<Long> ids = jdbc.queryForList("SELECT id FROM leads WHERE import_id = ?", Long.class, importId);
            for (int from = 0; from < ids.size(); from += 1000) {
                events.publishEvent(new LeadsScored(ids.subList(from, Math.min(ids.size(), from + 1000)),
                        model.versionNo(), by, now));
            }
        }));
    }

    /** The statement that stores the scores of a scope; exposed for the benchmark. */
    static ScoreSql.Query upsert(PublishedModel model, RuleContext context, ScoreSql.Scope scope) {
        ScoreSql.Query select = ScoreSql.select(model.model(), context, scope);
        String total = ScoreSql.total(model.model(), "x");
        List<Object> params = new ArrayList<>();
        params.add(model.model().mqlThreshold());
        params.add(ScoringModels.utc(context.now()));
        params.add(model.versionNo());
        params.add(ScoringModels.utc(context.now()));
        params.addAll(select.params());
        String sql = "INSERT INTO lead_score (lead_id, fit, intent_raw, intent, total, mql, mql_changed_at, "
                + "model_version, computed_at) SELECT x.lead_id, x.fit, x.intent_raw, ROUND(x.intent_raw * x.decay, 2), "
                + total + ", " + total + " >= ?, ?, ?, ? FROM (" + select.sql() + ") x "
                // mql_changed_at first: later assignments see the row's new values.
                + "ON DUPLICATE KEY UPDATE mql_changed_at = IF(mql <> VALUES(mql), VALUES(mql_changed_at), "
                + "mql_changed_at), fit = VALUES(fit), intent_raw = VALUES(intent_raw), intent = VALUES(intent), "
                + "total = VALUES(total), mql = VALUES(mql), model_version = VALUES(model_version), "
                + "computed_at = VALUES(computed_at)";
        return new ScoreSql.Query(sql, params);
    }

    private long write(PublishedModel model, ScoreSql.Scope scope, Instant now) {
        ScoreSql.Query q = upsert(model, context(now), scope);
        jdbc.update(q.sql(), q.params().toArray());
        // Affected rows count updates twice; the scope's size is what was scored.
        ScoreSql.Query count = new ScoreSql.Query("SELECT COUNT(*) FROM leads l WHERE " + scope.onLeads(),
                scope.leadParams());
        Long n = jdbc.queryForObject(count.sql(), Long.class, count.params().toArray());
        return n == null ? 0 : n;
    }

    private long startRun(int version, String reason, Instant now) {
        return jdbc.execute((java.sql.Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scoring_run (model_version, reason, "
                    + "started_at) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, version);
                ps.setString(2, reason);
                ps.setObject(3, ScoringModels.utc(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
