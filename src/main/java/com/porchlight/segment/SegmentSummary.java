package com.porchlight.segment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A segment in the list. */
public record SegmentSummary(long id, String name, @Nullable String description, String ownerName,
        int currentVersion, String summary, Instant updatedAt, String updatedBy) {
}
