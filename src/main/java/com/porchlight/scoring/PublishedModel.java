package com.porchlight.scoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A published scoring model: immutable, numbered; {@code rollbackOf} when it restored an earlier one. */
public record PublishedModel(int versionNo, ScoringModel model, Instant publishedAt, String publishedBy,
        String draftedBy, @Nullable Integer rollbackOf, @Nullable String note) {
}
