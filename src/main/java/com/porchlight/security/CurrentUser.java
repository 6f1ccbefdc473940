package com.porchlight.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting right now, for "changed by" columns and the audit trail: a user's email or an API key's name. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> name() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? Optional.empty() : Optional.of(auth.getName());
    }

    /** The actor's name, or "system" for work no person started (start-up, scheduled jobs). */
    public static String nameOrSystem() {
        return name().orElse("system");
    }
}
