package com.porchlight.creative;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One immutable version of a creative: exactly what was written, the rate it quoted, and its hash. */
public record CreativeVersion(long creativeId, int versionNo, CreativeContent content, @Nullable RateQuote quote,
        String hash, String createdBy, Instant createdAt, @Nullable String sanitiserNote) {
}
