package com.porchlight.creative;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One link of the creatives' audit chain. */
public record AuditRecord(long seq, @Nullable Long creativeId, Instant occurredAt, String actor, String event,
        @Nullable Integer versionNo, @Nullable String contentHash, String details, String prevHash, String rowHash) {
}
