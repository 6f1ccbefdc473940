package com.porchlight.security;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user as the admin view lists them. {@code version} goes back with every change so a stale screen cannot
 * overwrite someone else's edit.
 */
public record UserSummary(long id, String email, String displayName, List<String> roles, boolean enabled,
        @Nullable Instant lockedUntil, @Nullable Instant lastLoginAt, @Nullable String nmlsId, java.util.Set<String> licensedStates, long version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
