package com.porchlight.segment;

import com.porchlight.segment.rule.RuleGroup;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One saved version of a segment, immutable: name, description, owner and rule as saved. {@code restoredFrom} is the
 * version it was restored from, if it was.
 */
public record SegmentVersion(long segmentId, int versionNo, String name, @Nullable String description, long ownerId,
        String ownerName, RuleGroup rule, String summary, Instant savedAt, String savedBy,
        @Nullable Integer restoredFrom, boolean current) {
}
