package com.porchlight.creative;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a version: on a finding (ruleId), on a passage (field, item, character span and the quoted text), or
 * on the creative as a whole (neither).
 */
public record ReviewComment(long id, int versionNo, @Nullable String ruleId, @Nullable CreativeField field,
        @Nullable Integer itemIndex, @Nullable Integer start, @Nullable Integer end, @Nullable String quote,
        String body, String author, Instant createdAt) {
}
