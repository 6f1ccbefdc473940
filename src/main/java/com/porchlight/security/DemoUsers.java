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

    /**
     * The rest of the demo lender's loan officers (fictitious names and NMLS IDs), so demo leads spread over a team.
     * Together with Lena Ortiz, the only one licensed in the West, they cover every state but AK, HI, MT, ND, SD, VT
     * and WY: leads from there show up as "unassignable". Not offered on the sign-in page; their password is the
     * loan officer's published one.
     */
    static final List<DemoUser> MORE_LOAN_OFFICERS = List.of(
            loanOfficer("marcus.bell", "Marcus Bell", "2003011", "TX", "OK", "LA", "AR", "NM"),
            loanOfficer("hannah.kowalski", "Hannah Kowalski", "2003012", "IL", "WI", "MN", "IA", "IN", "MI"),
            loanOfficer("darnell.price", "Darnell Price", "2003013", "GA", "FL", "AL", "SC", "TN", "MS"),
            loanOfficer("sofia.marchetti", "Sofia Marchetti", "2003014", "NY", "NJ", "CT", "PA", "MA", "RI"),
            loanOfficer("ethan.nakamura", "Ethan Nakamura", "2003015", "CO", "UT", "ID", "NM", "KS", "NE"),
            loanOfficer("grace.oconnell", "Grace O'Connell", "2003016", "VA", "MD", "DC", "DE", "NC", "WV"),
            loanOfficer("rafael.gutierrez", "Rafael Gutierrez", "2003017", "FL", "TX", "GA"),
            loanOfficer("priyanka.shah", "Priyanka Shah", "2003018", "OH", "KY", "MI", "PA", "IN", "MO"),
            loanOfficer("colin.brennan", "Colin Brennan", "2003019", "NH", "ME", "MA", "NY", "NJ"),
            loanOfficer("tanya.brooks", "Tanya Brooks", "2003020", "NC", "SC", "TN", "VA", "KY", "GA"));

    private static DemoUser loanOfficer(String handle, String name, String nmlsId, String... states) {
        return new DemoUser(handle + "@porchlight.demo", name, Roles.LOAN_OFFICER, "porchlight-lo", nmlsId,
                Set.of(states));
    }

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
        // Hashing is slow by design: each published password is hashed once, however many accounts share it.
        var hashes = new java.util.HashMap<String, String>();
        tx.executeWithoutResult(status -> {
            for (DemoUser demo : java.util.stream.Stream.concat(USERS.stream(), MORE_LOAN_OFFICERS.stream())
                    .toList()) {
                if (!users.existsByEmailIgnoreCase(demo.email())) {
                    String hash = hashes.computeIfAbsent(demo.password(), encoder::encode);
                    var user = new UserAccount(demo.email(), demo.name(), hash,
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
