package com.porchlight.lead;

import com.porchlight.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real-time intake: one lead from a vendor, for the source its API key belongs to. Validated completely (all problems
 * reported, nothing stored), de-duplicated within the source, routed to a licensed loan officer. Idempotent under
 * concurrent retries: the schema's unique keys decide, and the loser of a race answers "duplicate" with the winner's id.
 * A new lead is scored in the same transaction ({@link LeadScoring}), so the answer carries its score and, when it is
 * an MQL on arrival, the MQL stage and loan officer the hand-off gave it.
 */
@Service
public class LeadIntakeService {

    /** Requests authenticated with a lead-intake API key carry this authority (see the apikey module). */
    static final String HAS_INTAKE_SCOPE = "hasAuthority('SCOPE_LEAD_INTAKE')";

    private final LeadSourceRepository sources;
    private final LeadWriter writer;
    private final LeadValidator validator;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<LeadScoring> scoring;

    LeadIntakeService(LeadSourceRepository sources, LeadWriter writer, Clock clock, TransactionTemplate tx,
            JdbcTemplate jdbc, ObjectProvider<LeadScoring> scoring) {
        this.sources = sources;
        this.writer = writer;
        this.validator = new LeadValidator(clock);
        this.tx = tx;
        this.jdbc = jdbc;
        this.scoring = scoring;
    }

    @PreAuthorize(HAS_INTAKE_SCOPE)
    public IntakeResult intake(long sourceId, Map<String, String> fields) {
        var checked = validator.validate(fields);
        if (!checked.isValid()) {
            return IntakeResult.rejected(checked.errors());
        }
        LeadData lead = java.util.Objects.requireNonNull(checked.lead());
        for (int attempt = 0; ; attempt++) {
            try {
                return java.util.Objects.requireNonNull(tx.execute(status -> write(sourceId, lead)));
            } catch (DuplicateKeyException race) {
                // Another request with the same key committed between our check and our insert: the next attempt's
                // check sees it and answers "duplicate". Twice is enough; a third failure is a real problem.
                if (attempt >= 2) {
                    throw race;
                }
            }
        }
    }

    private IntakeResult write(long sourceId, LeadData lead) {
        LeadSource source = sources.findById(sourceId).orElseThrow(() -> new LeadException(
                "The lead source of this API key no longer exists."));
        if (!source.isActive()) {
            throw new LeadException("The lead source \"" + source.getName() + "\" is inactive: it does not accept "
                    + "leads. Ask the lender to reactivate it.");
        }
        String actor = CurrentUser.nameOrSystem();
        var provenance = new LeadWriter.Provenance(sourceId, source.getAssignment(), "API: " + actor,
                "Intake API (" + source.getName() + ")", null);
        LeadWriter.Written written = writer.write(provenance, List.of(lead)).getFirst();
        if (written.duplicate()) {
            return new IntakeResult(IntakeResult.Status.DUPLICATE, written.id(), written.stage(),
                    written.assignedLoanOfficer(), written.unassignable(), List.of(), null);
        }
        LeadScoring scorer = scoring.getIfAvailable();
        if (scorer == null) {
            return new IntakeResult(IntakeResult.Status.CREATED, written.id(), written.stage(),
                    written.assignedLoanOfficer(), written.unassignable(), List.of(), null);
        }
        scorer.scoreNow(List.of(written.id()));
        @Nullable LeadScoreSummary score = scorer.explain(written.id()).orElse(null);
        // The hand-off may have moved the lead to MQL and routed it (even from a source that routes manually).
        return java.util.Objects.requireNonNull(jdbc.queryForObject("""
                SELECT l.stage, u.display_name, l.unassignable FROM leads l
                  LEFT JOIN app_user u ON u.id = l.assigned_lo_id WHERE l.id = ?""",
                (rs, n) -> new IntakeResult(IntakeResult.Status.CREATED, written.id(), Stage.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getBoolean(3), List.of(), score), written.id()));
    }
}
