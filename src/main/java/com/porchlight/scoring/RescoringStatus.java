package com.porchlight.scoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A full rescoring: running while {@code finishedAt} is null, failed when {@code failure} is set. */
public record RescoringStatus(int modelVersion, String reason, Instant startedAt, @Nullable Instant finishedAt,
        @Nullable Long leadsScored, @Nullable Long becameMql, @Nullable String failure) {
}
