package com.porchlight.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
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

    /** The signed-in person's user id; empty for API keys, start-up work and anonymous requests. */
    public static Optional<Long> id() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PorchlightUserDetails user
                ? Optional.of(user.userId()) : Optional.empty();
    }

    /** True when the current actor holds at least one of the roles (names as in {@link Roles}). */
    public static boolean hasAnyRole(String... roles) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> a.equals("ROLE_" + r)));
    }
}
