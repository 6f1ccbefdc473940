package com.porchlight.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.session.SessionRegistry;

class UserAdministrationTest extends KaribuTest {

    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    private AuthenticationManager authenticationManager() throws Exception {
        return authenticationConfiguration.getAuthenticationManager();
    }

    private void openNewUserDialog() {
        login(ADMIN);
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withText("New user")));
    }

    private void fillNewUser(String email, String name, Set<String> roles, String password) {
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email")), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roleGroup = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        _setValue(roleGroup, roles);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Initial password")), password);
    }

    @Test
    void admin_creates_a_user_who_can_then_sign_in() throws Exception {
        String email = uniqueEmail("new.marketer");
        openNewUserDialog();
        fillNewUser(email, "Nina Patel", Set.of(Roles.MARKETER, Roles.COMPLIANCE), "a-long-password-1");
        _click(_get(Button.class, spec -> spec.withText("Create user")));

        assertThat(_find(Dialog.class)).isEmpty();
        var signedIn = authenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "a-long-password-1"));
        assertThat(signedIn.getAuthorities()).extracting(a -> a.getAuthority())
                .filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_MARKETER", "ROLE_COMPLIANCE");
        assertThat(jdbc.queryForObject("select display_name from app_user where email = ?", String.class, email))
                .isEqualTo("Nina Patel");
        assertThat(jdbc.queryForObject("select password_hash from app_user where email = ?", String.class, email))
                .startsWith("{bcrypt}");
    }

    @Test
    void duplicate_email_is_refused_next_to_the_field_and_the_form_keeps_its_input() {
        openNewUserDialog();
        fillNewUser(MARKETER.toUpperCase(), "Someone Else", Set.of(Roles.MARKETER), "a-long-password-1");
        _click(_get(Button.class, spec -> spec.withText("Create user")));

        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("A user with the email " + MARKETER + " already exists.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Someone Else");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from app_user where lower(email) = ?", Integer.class,
                MARKETER)).isEqualTo(1);
    }

    @Test
    void malformed_email_and_short_password_get_specific_messages() {
        openNewUserDialog();
        fillNewUser("nina.patel-at-example.com", "Nina", Set.of(Roles.MARKETER), "short");
        _click(_get(Button.class, spec -> spec.withText("Create user")));
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).containsIgnoringCase("not an email address");

        _setValue(email, uniqueEmail("nina"));
        _click(_get(Button.class, spec -> spec.withText("Create user")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Initial password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password needs at least 10 characters (it has 5).");
        assertThat(jdbc.queryForObject("select count(*) from app_user where display_name = 'Nina'", Integer.class))
                .isZero();
    }

    @Test
    void a_password_bcrypt_cannot_hold_is_refused_with_a_message() {
        authenticateAs(ADMIN);
        assertThatThrownBy(() -> users.create(new NewUser(uniqueEmail("long"), "Long Password", Set.of(Roles.CMO),
                "x".repeat(73))))
                .isInstanceOf(UserAdminException.class)
                .hasMessageStartingWith("The password is too long: at most 72 bytes");
        var ok = users.create(new NewUser(uniqueEmail("long"), "Long Password", Set.of(Roles.CMO), "x".repeat(72)));
        assertThat(ok.enabled()).isTrue();
    }

    @Test
    void missing_fields_are_named() {
        openNewUserDialog();
        _click(_get(Button.class, spec -> spec.withText("Create user")));
        assertThat(_get(EmailField.class, spec -> spec.withLabel("Email")).getErrorMessage())
                .isEqualTo("Enter the user's email address.");
        assertThat(_get(CheckboxGroup.class, spec -> spec.withLabel("Roles")).getErrorMessage())
                .isEqualTo("Choose at least one role.");
    }

    @Test
    void the_last_enabled_admin_can_be_neither_disabled_nor_demoted() {
        authenticateAs(ADMIN);
        // Leave the demo admin as the only enabled administrator, whatever other tests created.
        users.page("", PageRequest.of(0, 1000)).stream()
                .filter(u -> u.enabled() && u.roles().contains(Roles.ADMIN) && !u.email().equals(ADMIN))
                .forEach(u -> users.setEnabled(u.id(), u.version(), false));
        UserSummary admin = byEmail(ADMIN);

        assertThatThrownBy(() -> users.setEnabled(admin.id(), admin.version(), false))
                .isInstanceOf(UserAdminException.class)
                .hasMessageContaining("last enabled administrator");
        assertThatThrownBy(() -> users.changeRoles(admin.id(), admin.version(), Set.of(Roles.CMO)))
                .isInstanceOf(UserAdminException.class)
                .hasMessageContaining("must keep the Administrator role");
        assertThat(byEmail(ADMIN).enabled()).isTrue();
        assertThat(byEmail(ADMIN).roles()).containsExactly(Roles.ADMIN);

        // With a second administrator, the first may step down.
        var second = users.create(new NewUser(uniqueEmail("second.admin"), "Second Admin", Set.of(Roles.ADMIN),
                "a-long-password-2"));
        var demoted = users.changeRoles(admin.id(), admin.version(), Set.of(Roles.ADMIN, Roles.CMO));
        assertThat(demoted.roles()).containsExactly(Roles.ADMIN, Roles.CMO);
        users.changeRoles(demoted.id(), demoted.version(), Set.of(Roles.ADMIN));
        assertThat(users.setEnabled(second.id(), second.version(), false).enabled()).isFalse();
    }

    @Test
    void disabling_a_user_refuses_their_sign_in_and_ends_their_sessions() throws Exception {
        authenticateAs(ADMIN);
        String email = uniqueEmail("leaver");
        var user = users.create(new NewUser(email, "Leaving Soon", Set.of(Roles.LOAN_OFFICER), "a-long-password-3"));
        var principal = authenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "a-long-password-3"))
                .getPrincipal();
        sessions.registerNewSession("session-of-" + email, principal);

        users.setEnabled(user.id(), user.version(), false);

        assertThat(sessions.getSessionInformation("session-of-" + email).isExpired()).isTrue();
        assertThatThrownBy(() -> authenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "a-long-password-3")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void a_stale_screen_cannot_overwrite_a_newer_change() {
        authenticateAs(ADMIN);
        var user = users.create(new NewUser(uniqueEmail("stale"), "Stale Screen", Set.of(Roles.MARKETER),
                "a-long-password-4"));
        users.changeRoles(user.id(), user.version(), Set.of(Roles.CMO));
        assertThatThrownBy(() -> users.changeRoles(user.id(), user.version(), Set.of(Roles.MARKETER)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(users.get(user.id()).roles()).containsExactly(Roles.CMO);
    }

    @Test
    void a_marketer_cannot_administer_users() {
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> users.page("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new NewUser(uniqueEmail("x"), "X", Set.of(Roles.ADMIN),
                "a-long-password-5"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.signIns("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_anonymous_caller_cannot_administer_users() {
        logout();
        assertThatThrownBy(() -> users.page("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.changeOwnPassword("a", "b"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private UserSummary byEmail(String email) {
        List<UserSummary> found = users.page(email, PageRequest.of(0, 10)).stream()
                .filter(u -> u.email().equals(email)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
