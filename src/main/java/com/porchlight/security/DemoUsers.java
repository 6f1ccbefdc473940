package com.porchlight.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile (the default when running locally) creates one user per role, with the passwords the README lists,
 * on the embedded database only (see {@link DemoMode}). It never runs in production. Existing users are left exactly
 * as they are.
 */
@Component
@Conditional(DemoMode.On.class)
class DemoUsers implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String email, String name, String role, String password, String nmlsId, Set<String> states) {
        DemoUser(String email, String name, String role, String password) {
            this(email, name, role, password, "", Set.of());
        }
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin@porchlight.demo", "Alex Morgan", Roles.ADMIN, "porchlight-admin"),
            new DemoUser("cmo@porchlight.demo", "Casey Whitfield", Roles.CMO, "porchlight-cmo"),
            new DemoUser("compliance@porchlight.demo", "Priya Raman", Roles.COMPLIANCE, "porchlight-compliance"),
            new DemoUser("marketer@porchlight.demo", "Marco Diaz", Roles.MARKETER, "porchlight-marketer"),
            new DemoUser("lo@porchlight.demo", "Lena Ortiz", Roles.LOAN_OFFICER, "porchlight-lo", "2003004",
                    Set.of("CA", "AZ", "NV", "OR", "WA")));

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoUsers(UserAccountRepository users, PasswordEncoder encoder, TransactionTemplate tx, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> {
            for (DemoUser demo : USERS) {
                if (!users.existsByEmailIgnoreCase(demo.email())) {
                    var user = new UserAccount(demo.email(), demo.name(), encoder.encode(demo.password()),
                            Set.of(demo.role()), clock.instant());
                    user.setNmlsId(demo.nmlsId().isEmpty() ? null : demo.nmlsId());
                    user.setLicensedStates(demo.states());
                    users.save(user);
                    log.info("Demo user {} ({}) created", demo.email(), demo.role());
                }
            }
        });
    }
}
