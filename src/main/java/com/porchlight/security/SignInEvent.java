package com.porchlight.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One sign-in attempt. Append-only. */
@Entity
@Table(name = "sign_in_event")
class SignInEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String email;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignInOutcome outcome;

    @Column(name = "remote_address")
    private @Nullable String remoteAddress;

    protected SignInEvent() {
        this.occurredAt = Instant.EPOCH;
        this.email = "";
        this.outcome = SignInOutcome.SUCCESS;
    }

    SignInEvent(Instant occurredAt, String email, @Nullable Long userId, SignInOutcome outcome,
            @Nullable String remoteAddress) {
        this.occurredAt = occurredAt;
        this.email = email;
        this.userId = userId;
        this.outcome = outcome;
        this.remoteAddress = remoteAddress;
    }

    SignInRecord toRecord() {
        return new SignInRecord(occurredAt, email, outcome, remoteAddress);
    }
}
