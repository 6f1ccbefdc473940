package com.porchlight.security;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every sign-in attempt with its time and address, and resets the failure count on success (attempts are
 * counted, and accounts locked, in {@link AccountUserDetailsService}). Spring Security publishes the events.
 */
@Component
class SignInAuditor {

    private static final Logger log = LoggerFactory.getLogger(SignInAuditor.class);

    private final UserAccountRepository users;
    private final SignInEventRepository events;
    private final Clock clock;

    SignInAuditor(UserAccountRepository users, SignInEventRepository events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (!(auth.getPrincipal() instanceof PorchlightUserDetails user)) {
            return; // e.g. a test's hand-made authentication
        }
        Instant now = clock.instant();
        users.recordSuccessfulLogin(user.userId(), now);
        events.save(new SignInEvent(now, user.email(), user.userId(), SignInOutcome.SUCCESS, address(auth)));
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String email = auth.getName() == null ? "" : auth.getName().strip();
        if (email.length() > 254) {
            email = email.substring(0, 254);
        }
        Instant now = clock.instant();
        SignInOutcome outcome = switch (event.getException()) {
            case LockedException e -> SignInOutcome.LOCKED;
            case DisabledException e -> SignInOutcome.DISABLED;
            default -> SignInOutcome.BAD_CREDENTIALS;
        };
        // The attempt itself was already counted when the account was loaded (AccountUserDetailsService).
        Long userId = users.findByEmailIgnoreCase(email).map(UserAccount::getId).orElse(null);
        events.save(new SignInEvent(now, email, userId, outcome, address(auth)));
        log.info("Sign-in refused for {} from {}: {}", email, address(auth), outcome);
    }

    private static @Nullable String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
