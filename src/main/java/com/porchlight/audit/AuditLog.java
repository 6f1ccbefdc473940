package com.porchlight.audit;

import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads the audit trail. Entries are never changed or deleted. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a change made by the signed-in user, inside the caller's transaction: if the change rolls back, so does
     * its audit line.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String category, String subject, String details) {
        events.save(new AuditEvent(clock.instant(), CurrentUser.nameOrSystem(), category, subject, details));
    }

    /** Newest first unless the page asks for another order. */
    @PreAuthorize(Roles.HAS_ADMIN_OR_COMPLIANCE)
    @Transactional(readOnly = true)
    public Page<AuditEntry> page(String filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
        return events.search(filter.strip(), ordered).map(AuditEvent::toEntry);
    }
}
