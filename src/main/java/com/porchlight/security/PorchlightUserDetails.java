package com.porchlight.security;

import com.porchlight.base.ConsoleUser;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal. Equality is by email (inherited from {@link User}), which is what the session registry uses
 * to end a disabled user's sessions.
 */
final class PorchlightUserDetails extends User implements ConsoleUser {

    private final long userId;
    private final String displayName;
    private final List<String> roles;

    PorchlightUserDetails(long userId, String email, String passwordHash, String displayName, List<String> roles,
            boolean enabled, boolean accountNonLocked, Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.userId = userId;
        this.displayName = displayName;
        this.roles = List.copyOf(roles);
    }

    long userId() {
        return userId;
    }

    @Override
    public String email() {
        return getUsername();
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<String> roleLabels() {
        return roles.stream().map(Roles::label).toList();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
