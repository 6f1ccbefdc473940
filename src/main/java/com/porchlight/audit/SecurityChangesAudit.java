package com.porchlight.audit;

import com.porchlight.security.LoanOfficerLicencesChanged;
import com.porchlight.security.LoanOfficerNmlsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records changes the security module announces, in the transaction that made them. */
@Component
class SecurityChangesAudit {

    private final AuditLog audit;

    SecurityChangesAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(LoanOfficerNmlsChanged change) {
        audit.record("LOAN_OFFICER", "NMLS ID of " + change.name(), change.email() + ": "
                + (change.before() == null ? "none" : change.before()) + " → "
                + (change.after() == null ? "none" : change.after()));
    }

    @EventListener
    void on(LoanOfficerLicencesChanged change) {
        audit.record("LOAN_OFFICER", "Licensed states of " + change.name(), change.email() + ": "
                + (change.before().isEmpty() ? "none" : String.join(", ", change.before())) + " → "
                + (change.after().isEmpty() ? "none" : String.join(", ", change.after())));
    }
}
