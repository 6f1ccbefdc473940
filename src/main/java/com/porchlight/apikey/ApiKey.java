package com.porchlight.apikey;

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

/** A stored API key: its hash, never the key. Created and revoked, never edited, so no version column. */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApiScope scope;

    @Column(name = "lead_source_id")
    private @Nullable Long leadSourceId;

    @Column(name = "key_prefix", nullable = false)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, unique = true, columnDefinition = "char(64)")
    private String keyHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by")
    private @Nullable String revokedBy;

    protected ApiKey() {
        this.name = "";
        this.scope = ApiScope.COMPLIANCE_CHECK;
        this.keyPrefix = "";
        this.keyHash = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    ApiKey(String name, ApiScope scope, String plainKey, String createdBy, Instant createdAt) {
        this.name = name;
        this.scope = scope;
        this.keyPrefix = ApiKeys.shownPrefix(plainKey);
        this.keyHash = ApiKeys.hash(plainKey);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A lead-intake key belongs to one lead source: the leads it posts are that source's. */
    ApiKey forLeadSource(long sourceId) {
        this.leadSourceId = sourceId;
        return this;
    }

    @Nullable Long getLeadSourceId() {
        return leadSourceId;
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("API key not saved yet");
        }
        return id;
    }

    String getName() {
        return name;
    }

    ApiScope getScope() {
        return scope;
    }

    String getKeyPrefix() {
        return keyPrefix;
    }

    @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(String by, Instant at) {
        this.revokedAt = at;
        this.revokedBy = by;
    }

    ApiKeySummary toSummary() {
        return new ApiKeySummary(requireId(), name, scope, keyPrefix, createdBy, createdAt, lastUsedAt, revokedAt,
                revokedBy, leadSourceId);
    }
}
