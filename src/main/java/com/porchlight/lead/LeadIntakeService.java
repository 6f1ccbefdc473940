package com.porchlight.lead;

import com.porchlight.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real-time intake: one lead from a vendor, for the source its API key belongs to. Validated completely (all problems
 * reported, nothing stored), de-duplicated within the source, routed to a licensed loan officer. Idempotent under
 * concurrent retries: the schema's unique keys decide, and the loser of a race answers "duplicate" with the winner's id.
 */
@Service
public class LeadIntakeService {

    /** Requests authenticated with a lead-intake API key carry this authority (see the apikey module). */
    static final String HAS_INTAKE_SCOPE = "hasAuthority('SCOPE_LEAD_INTAKE')";

    private final LeadSourceRepository sources;
    private final LeadWriter writer;
    private final LeadValidator validator;
    private final TransactionTemplate tx;

    LeadIntakeService(LeadSourceRepository sources, LeadWriter writer, Clock clock, TransactionTemplate tx) {
        this.sources = sources;
        this.writer = writer;
        this.validator = new LeadValidator(clock);
        this.tx = tx;
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
        return new IntakeResult(written.duplicate() ? IntakeResult.Status.DUPLICATE : IntakeResult.Status.CREATED,
                written.id(), written.stage(), written.assignedLoanOfficer(), written.unassignable(), List.of());
    }
}
