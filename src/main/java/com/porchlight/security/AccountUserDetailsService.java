package com.porchlight.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for sign-in; a locked or disabled account is refused before its password is even compared. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    AccountUserDetailsService(UserAccountRepository users, Clock clock,
            @Value("${porchlight.security.max-failed-logins:5}") int maxFailures,
            @Value("${porchlight.security.lockout:15m}") Duration lockout) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /**
     * Called by Spring Security once per sign-in attempt, before the password is compared: the attempt is counted
     * here (see {@link UserAccountRepository#reserveSignInAttempt}), and a locked account comes back locked.
     */
    @Override
    @Transactional
    public UserDetails loadUserByUsername(String email) {
        UserAccount found = users.findByEmailIgnoreCase(email.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No user " + email));
        Instant now = clock.instant();
        boolean admitted = users.reserveSignInAttempt(found.requireId(), maxFailures, now, now.plus(lockout)) == 1;
        UserAccount user = users.findById(found.requireId()).orElseThrow();
        List<String> roles = Roles.ALL.stream().filter(user.getRoles()::contains).toList();
        return new PorchlightUserDetails(user.requireId(), user.getEmail(), user.getPasswordHash(),
                user.getDisplayName(), roles, user.isEnabled(), admitted,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
    }
}
