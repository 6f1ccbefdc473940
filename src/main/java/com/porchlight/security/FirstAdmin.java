package com.porchlight.security;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wherever no demo accounts are made (production, or any external database), an empty database gets its first administrator from {@code PORCHLIGHT_ADMIN_EMAIL} and
 * {@code PORCHLIGHT_ADMIN_PASSWORD}; without them the application refuses to start, since nobody could sign in.
 */
@Component
@Conditional(DemoMode.Off.class)
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String email;
    private final String password;

    FirstAdmin(UserAccountRepository users, PasswordEncoder encoder, TransactionTemplate tx, Clock clock,
            @Value("${porchlight.admin.email:}") String email, @Value("${porchlight.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.tx = tx;
        this.clock = clock;
        this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> {
            if (users.count() > 0) {
                return;
            }
            if (email.isEmpty() || password.isEmpty()) {
                throw new FirstAdminMissingException(
                        "the database has no users and no first administrator is configured",
                        "Set PORCHLIGHT_ADMIN_EMAIL and PORCHLIGHT_ADMIN_PASSWORD and start again.");
            }
            String problem = PasswordPolicy.problem(password, email);
            if (problem != null) {
                throw new FirstAdminMissingException("PORCHLIGHT_ADMIN_PASSWORD is not acceptable: " + problem,
                        "Choose a password of at least " + PasswordPolicy.MIN_LENGTH + " characters.");
            }
            users.save(new UserAccount(email, "Administrator", encoder.encode(password), Set.of(Roles.ADMIN),
                    clock.instant()));
            log.info("First administrator {} created", email);
        });
    }

    static final class FirstAdminMissingException extends RuntimeException {
        private final String action;

        FirstAdminMissingException(String reason, String action) {
            super(reason);
            this.action = action;
        }

        String action() {
            return action;
        }
    }
}
