package com.porchlight.segment;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A lead in a segment's sample grid. */
public record SegmentMember(long id, String name, String state, String loanPurpose, @Nullable String loanProgram,
        @Nullable String creditBand, String stage, @Nullable BigDecimal currentRate, Instant receivedAt,
        @Nullable Instant lastActivityAt, boolean emailable, boolean smsOk, boolean callable) {
}
