package com.porchlight.lead;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The MQL hand-off (ADR 0009): a lead whose score reaches the threshold while it is NEW or CONTACTED moves to MQL —
 * stage history with the score and model, {@code stage_changed_at} starts the loan officer's clock — and, if nobody
 * has it yet, goes round-robin to a loan officer licensed in its state (or is marked unassignable). Set-based: one
 * statement finds the candidates, one writes history, one moves them. A lead already past MQL is never moved, and a
 * score falling back below the threshold never moves a stage back: the profile and the grid show it instead.
 */
@Component
class MqlHandoff {

    private static final Logger log = LoggerFactory.getLogger(MqlHandoff.class);
    /** The hand-off's stage history reason: "Score 71.50 reached the MQL threshold (model v3)". */
    private static final String REASON_START = "Score ";
    private static final String REASON_MIDDLE = " reached the MQL threshold (model v";

    /** True when this stage change is a hand-off by scoring (not a person, an import or the demo data). */
    static boolean isHandoff(LeadProfile.StageChange change) {
        String reason = change.reason();
        return change.to() == Stage.MQL && reason != null && reason.startsWith(REASON_START)
                && reason.contains(REASON_MIDDLE);
    }

    private final JdbcTemplate jdbc;
    private final LeadWriter writer;

    MqlHandoff(JdbcTemplate jdbc, LeadWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventListener
    void scored(LeadsScored event) {
        List<Object> params = new ArrayList<>();
        String scope = "";
        if (event.leadIds() != null) {
            if (event.leadIds().isEmpty()) {
                return;
            }
            scope = " AND l.id IN (" + String.join(", ", Collections.nCopies(event.leadIds().size(), "?")) + ")";
            params.addAll(event.leadIds());
        }
        String candidates = "FROM leads l JOIN lead_score s ON s.lead_id = l.id WHERE s.mql "
                + "AND l.stage IN ('NEW', 'CONTACTED')" + scope;
        Instant now = event.at().truncatedTo(ChronoUnit.MICROS);
        List<Object> history = new ArrayList<>(List.of(LeadWriter.utc(now), event.by()));
        history.addAll(params);
        int moved = jdbc.update("INSERT INTO lead_stage_change (lead_id, from_stage, to_stage, changed_at, changed_by, "
                + "reason) SELECT l.id, l.stage, 'MQL', ?, ?, CONCAT('" + REASON_START + "', s.total, '" + REASON_MIDDLE
                + "', s.model_version, ')') " + candidates, history.toArray());
        if (moved == 0) {
            return;
        }
        // The leads to move are exactly those whose history just got this hand-off's row (same moment, same actor).
        String justMoved = " JOIN lead_stage_change c ON c.lead_id = l.id AND c.changed_at = ? AND c.changed_by = ? "
                + "AND c.to_stage = 'MQL' WHERE l.stage IN ('NEW', 'CONTACTED')" + scope;
        List<Long> ids = new ArrayList<>();
        List<String> states = new ArrayList<>();
        jdbc.query("SELECT l.id, l.state FROM leads l" + justMoved + " AND l.assigned_lo_id IS NULL "
                + "AND NOT l.unassignable", rs -> {
                    ids.add(rs.getLong(1));
                    states.add(rs.getString(2));
                }, history.toArray());
        jdbc.update("UPDATE leads l" + justMoved.replace(" WHERE ", " SET l.stage = 'MQL', l.stage_changed_at = "
                + "c.changed_at, l.version = l.version + 1 WHERE "), history.toArray());
        assign(ids, states, now);
        log.info("MQL hand-off: {} leads became MQL, {} of them routed to a loan officer", moved, ids.size());
    }

    private void assign(List<Long> ids, List<String> states, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        List<LeadWriter.Assignment> routed = writer.routeToLicensed(states, now);
        jdbc.batchUpdate("UPDATE leads SET assigned_lo_id = ?, assigned_at = ?, unassignable = ? WHERE id = ?",
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
                        LeadWriter.Assignment a = routed.get(i);
                        if (a.officer() == null) {
                            ps.setObject(1, null);
                            ps.setObject(2, null);
                        } else {
                            ps.setLong(1, a.officer().userId());
                            ps.setObject(2, LeadWriter.utc(now));
                        }
                        ps.setBoolean(3, a.unassignable());
                        ps.setLong(4, ids.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return ids.size();
                    }
                });
    }
}
