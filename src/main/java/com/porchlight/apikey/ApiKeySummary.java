package com.porchlight.apikey;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API key as administrators see it: never the key itself, only its first characters. */
public record ApiKeySummary(long id, String name, ApiScope scope, String prefix, String createdBy, Instant createdAt,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable String revokedBy,
        @Nullable Long leadSourceId) {

    public boolean active() {
        return revokedAt == null;
    }
}
