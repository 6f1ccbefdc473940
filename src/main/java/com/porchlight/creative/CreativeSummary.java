package com.porchlight.creative;

import com.porchlight.compliance.engine.Channel;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of the creatives list and the reviewer queue. */
public record CreativeSummary(long id, String name, Channel channel, CreativeStatus status, int versionNo,
        String owner, Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt, @Nullable String claimedBy,
        boolean stale, @Nullable String staleReason, @Nullable LocalDate expiresOn, @Nullable String retiredReason,
        long version) {
}
