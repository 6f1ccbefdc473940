package com.porchlight.scoring;

import com.porchlight.lead.LeadsScored;
import com.porchlight.rate.RatesInForce;
import com.porchlight.segment.rule.RuleContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes scores, set-based: one {@code INSERT … SELECT … ON DUPLICATE KEY UPDATE} computes and stores the live model's
 * score of every lead in scope, then the MQL hand-off runs in the same transaction ({@link LeadsScored}). No security
 * here: it is called by the services (which check roles), the scheduler and the lead module's hooks.
 */
@Component
class ScoreWriter {

    private static final Logger log = LoggerFactory.getLogger(ScoreWriter.class);

    /** A full rescoring, as recorded in {@code scoring_run}. */
    record Run(long id, int modelVersion, long leadsScored, long becameMql, long millis) {
    }

    private final JdbcTemplate jdbc;
    private final ScoringModels models;
    private final RatesInForce rates;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    ScoreWriter(JdbcTemplate jdbc, ScoringModels models, RatesInForce rates, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock) {
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
            long[] result = tx.execute(status -> {
                long scored = write(model, ScoreSql.Scope.ALL, now);
                events.publishEvent(new LeadsScored(null, model.versionNo(), by, now));
                Long became = jdbc.queryForObject("SELECT COUNT(*) FROM lead_score WHERE mql AND mql_changed_at = ?",
                        Long.class, ScoringModels.utc(now));
                return new long[] {scored, became == null ? 0 : became};
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            jdbc.update("UPDATE scoring_run SET finished_at = ?, leads_scored = ?, became_mql = ? WHERE id = ?",
                    ScoringModels.utc(clock.instant()), result[0], result[1], runId);
            log.info("Rescored {} leads with model v{} in {} ms ({}); {} crossed into MQL", result[0],
                    model.versionNo(), millis, reason, result[1]);
            return Optional.of(new Run(runId, model.versionNo(), result[0], result[1], millis));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jdbc.update("UPDATE scoring_run SET finished_at = ?, failure = ? WHERE id = ?",
                    ScoringModels.utc(clock.instant()), message.length() > 1000 ? message.substring(0, 1000) : message,
                    runId);
            throw e;
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
