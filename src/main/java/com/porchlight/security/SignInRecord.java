package com.porchlight.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the sign-in log as administrators see it. */
public record SignInRecord(Instant occurredAt, String email, SignInOutcome outcome, @Nullable String remoteAddress) {
}
