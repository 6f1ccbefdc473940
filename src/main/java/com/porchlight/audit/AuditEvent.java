package com.porchlight.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String details;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.category = "";
        this.subject = "";
        this.details = "";
    }

    AuditEvent(Instant occurredAt, String actor, String category, String subject, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.category = category;
        this.subject = subject;
        this.details = details;
    }

    AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actor, category, subject, details);
    }
}
