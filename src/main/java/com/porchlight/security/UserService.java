package com.porchlight.security;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration (administrators only) and the signed-in user's own password. Every rule that protects the
 * console — unique emails, the last administrator, the password policy — is enforced here, not in the views.
 */
@Service
public class UserService {

    // Deliberately simple: one @, a dot in the domain, no spaces. Linear-time (no nested quantifiers).
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository users;
    private final SignInEventRepository signIns;
    private final PasswordEncoder passwordEncoder;
    private final SessionRegistry sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserService(UserAccountRepository users, SignInEventRepository signIns, PasswordEncoder passwordEncoder,
            SessionRegistry sessions, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.signIns = signIns;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public Page<UserSummary> page(String filter, Pageable pageable) {
        return users.search(filter.strip(), pageable).map(UserService::summary);
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public long count(String filter) {
        return users.countSearch(filter.strip());
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return summary(load(id));
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public UserSummary create(NewUser request) {
        String email = normaliseEmail(request.email());
        String name = requireName(request.displayName());
        Set<String> roles = requireRoles(request.roles());
        String problem = PasswordPolicy.problem(request.password(), email);
        if (problem != null) {
            throw new UserAdminException(UserAdminException.Field.PASSWORD, problem);
        }
        if (users.existsByEmailIgnoreCase(email)) {
            throw new UserAdminException(UserAdminException.Field.EMAIL,
                    "A user with the email " + email + " already exists.");
        }
        UserAccount user = users.save(new UserAccount(email, name, passwordEncoder.encode(request.password()), roles,
                clock.instant()));
        return summary(user);
    }

    /**
     * Enables or disables a user. Disabling ends the user's open sessions at once. The last enabled administrator
     * cannot be disabled, and nobody disables themselves.
     */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public UserSummary setEnabled(long id, long expectedVersion, boolean enabled) {
        List<UserAccount> admins = users.lockEnabledAdmins();
        UserAccount user = loadForChange(id, expectedVersion);
        if (!enabled) {
            if (user.isEnabled() && user.getRoles().contains(Roles.ADMIN) && admins.size() <= 1) {
                throw new UserAdminException(UserAdminException.Field.NONE, user.getEmail()
                        + " is the last enabled administrator and cannot be disabled. Make someone else an"
                        + " administrator first.");
            }
            if (user.getEmail().equalsIgnoreCase(CurrentUser.name().orElse(""))) {
                throw new UserAdminException(UserAdminException.Field.NONE, "You cannot disable your own account.");
            }
        }
        user.setEnabled(enabled);
        UserAccount saved = users.saveAndFlush(user);
        if (!enabled) {
            endSessions(saved.getEmail());
        }
        return summary(saved);
    }

    /** Replaces a user's roles. The last enabled administrator keeps the administrator role. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public UserSummary changeRoles(long id, long expectedVersion, Set<String> newRoles) {
        Set<String> roles = requireRoles(newRoles);
        List<UserAccount> admins = users.lockEnabledAdmins();
        UserAccount user = loadForChange(id, expectedVersion);
        boolean demotesAdmin = user.getRoles().contains(Roles.ADMIN) && !roles.contains(Roles.ADMIN);
        if (demotesAdmin && user.isEnabled() && admins.size() <= 1) {
            throw new UserAdminException(UserAdminException.Field.ROLES, user.getEmail()
                    + " is the last enabled administrator and must keep the Administrator role. Make someone else an"
                    + " administrator first.");
        }
        boolean changed = !user.getRoles().equals(roles);
        user.setRoles(roles);
        UserAccount saved = users.saveAndFlush(user);
        if (changed) {
            // Roles live in the session's authentication: the user signs in again to get the new ones.
            endSessions(saved.getEmail());
        }
        return summary(saved);
    }

    /** Sets a new password chosen by an administrator; also lifts a lockout and ends the user's sessions. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public UserSummary resetPassword(long id, long expectedVersion, String newPassword) {
        UserAccount user = loadForChange(id, expectedVersion);
        String problem = PasswordPolicy.problem(newPassword, user.getEmail());
        if (problem != null) {
            throw new UserAdminException(UserAdminException.Field.PASSWORD, problem);
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.unlock();
        UserAccount saved = users.saveAndFlush(user);
        endSessions(saved.getEmail());
        return summary(saved);
    }

    /**
     * Sets the NMLS ID a loan officer must show wherever a creative names them (SAFE Act); blank removes it.
     */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public UserSummary setNmlsId(long id, long expectedVersion, @Nullable String nmlsId) {
        UserAccount user = loadForChange(id, expectedVersion);
        String value = nmlsId == null || nmlsId.isBlank() ? null : nmlsId.strip();
        if (value != null && !value.matches("\\d{1,12}")) {
            throw new UserAdminException(UserAdminException.Field.NMLS_ID,
                    "The NMLS ID is a number of up to 12 digits (e.g. 1234567), without \"NMLS #\".");
        }
        String before = user.getNmlsId();
        user.setNmlsId(value);
        UserSummary saved = summary(users.saveAndFlush(user));
        if (!java.util.Objects.equals(before, value)) {
            events.publishEvent(new LoanOfficerNmlsChanged(saved.email(), saved.displayName(), before, value));
        }
        return saved;
    }

    /**
     * Sets the states a loan officer is licensed in (two-letter codes). New leads from other states are never routed
     * to them; leads already assigned stay where they are. Audited like every user change.
     */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public UserSummary setLicensedStates(long id, long expectedVersion, java.util.Collection<String> states) {
        UserAccount user = loadForChange(id, expectedVersion);
        var codes = new java.util.TreeSet<String>();
        for (String state : states) {
            String code = state == null ? "" : state.strip().toUpperCase(java.util.Locale.ROOT);
            if (!com.porchlight.base.UsStates.codes().contains(code)) {
                throw new UserAdminException(UserAdminException.Field.LICENSED_STATES,
                        "\"" + state + "\" is not a US state code (e.g. CA, TX, DC).");
            }
            codes.add(code);
        }
        if (!codes.isEmpty() && !user.getRoles().contains(Roles.LOAN_OFFICER)) {
            throw new UserAdminException(UserAdminException.Field.LICENSED_STATES,
                    "Only loan officers carry state licences; give the user the Loan officer role first.");
        }
        var before = new java.util.TreeSet<>(user.getLicensedStates());
        user.setLicensedStates(codes);
        UserSummary saved = summary(users.saveAndFlush(user));
        if (!before.equals(codes)) {
            events.publishEvent(new LoanOfficerLicencesChanged(saved.email(), saved.displayName(),
                    java.util.List.copyOf(before), java.util.List.copyOf(codes)));
        }
        return saved;
    }

    /** The enabled loan officers with their NMLS IDs, for the advertiser profile the pre-check uses. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<LoanOfficerSummary> loanOfficers() {
        return users.enabledLoanOfficers().stream()
                .map(u -> new LoanOfficerSummary(u.getDisplayName(), u.getNmlsId()))
                .toList();
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public UserSummary unlock(long id, long expectedVersion) {
        UserAccount user = loadForChange(id, expectedVersion);
        user.unlock();
        return summary(users.saveAndFlush(user));
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public Page<SignInRecord> signIns(String emailFilter, Pageable pageable) {
        return signIns.search(emailFilter.strip(), pageable).map(SignInEvent::toRecord);
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = users.findByEmailIgnoreCase(CurrentUser.name().orElse(""))
                .orElseThrow(() -> new IllegalStateException("The signed-in user no longer exists."));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new UserAdminException(UserAdminException.Field.NONE, "The current password is not correct.");
        }
        String problem = PasswordPolicy.problem(newPassword, user.getEmail());
        if (problem != null) {
            throw new UserAdminException(UserAdminException.Field.PASSWORD, problem);
        }
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new UserAdminException(UserAdminException.Field.PASSWORD,
                    "The new password must differ from the current one.");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        users.save(user);
    }

    private void endSessions(String email) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof PorchlightUserDetails p && p.email().equalsIgnoreCase(email)) {
                sessions.getAllSessions(principal, false).forEach(s -> s.expireNow());
            }
        }
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(() -> new UserAdminException(UserAdminException.Field.NONE,
                "This user no longer exists. Reload the list."));
    }

    private UserAccount loadForChange(long id, long expectedVersion) {
        UserAccount user = load(id);
        if (user.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        return user;
    }

    private static String normaliseEmail(@Nullable String email) {
        String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new UserAdminException(UserAdminException.Field.EMAIL, "Enter the user's email address.");
        }
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new UserAdminException(UserAdminException.Field.EMAIL,
                    "\"" + value + "\" is not an email address (expected name@company.com).");
        }
        return value;
    }

    private static String requireName(@Nullable String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            throw new UserAdminException(UserAdminException.Field.DISPLAY_NAME, "Enter the user's name.");
        }
        if (value.length() > 120) {
            throw new UserAdminException(UserAdminException.Field.DISPLAY_NAME,
                    "The name can have at most 120 characters.");
        }
        return value;
    }

    private static Set<String> requireRoles(@Nullable Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new UserAdminException(UserAdminException.Field.ROLES, "Choose at least one role.");
        }
        for (String role : roles) {
            if (!Roles.isKnown(role)) {
                throw new UserAdminException(UserAdminException.Field.ROLES, "Unknown role " + role + ".");
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        Roles.ALL.stream().filter(roles::contains).forEach(ordered::add);
        return ordered;
    }

    static UserSummary summary(UserAccount u) {
        List<String> roles = u.getRoles().stream().sorted(Comparator.comparingInt(Roles.ALL::indexOf)).toList();
        return new UserSummary(u.requireId(), u.getEmail(), u.getDisplayName(), roles, u.isEnabled(),
                u.getLockedUntil(), u.getLastLoginAt(), u.getNmlsId(),
                java.util.Set.copyOf(new java.util.TreeSet<>(u.getLicensedStates())), u.getVersion());
    }
}
