package com.porchlight.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEntry(Instant occurredAt, String actor, String category, String subject, String details) {
}
