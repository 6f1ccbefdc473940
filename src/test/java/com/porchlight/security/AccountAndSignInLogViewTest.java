package com.porchlight.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.porchlight.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

class AccountAndSignInLogViewTest extends KaribuTest {

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    private String newUser(String password) {
        return createUser("account", "Account Owner", password, Roles.LOAN_OFFICER);
    }

    private void changePassword(String current, String next, String confirm) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat new password")), confirm);
        _click(_get(Button.class, spec -> spec.withText("Change password")));
    }

    @Test
    void a_user_changes_their_own_password_and_signs_in_with_the_new_one() throws Exception {
        String email = newUser("first-password-1");
        login(email);
        UI.getCurrent().navigate("account");
        changePassword("first-password-1", "second-password-2", "second-password-2");

        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Current password")).getValue()).isEmpty();
        var manager = authenticationConfiguration.getAuthenticationManager();
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "second-password-2"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "first-password-1")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_wrong_current_password_is_refused_and_keeps_the_old_password() throws Exception {
        String email = newUser("first-password-1");
        login(email);
        UI.getCurrent().navigate("account");
        changePassword("not-my-password", "second-password-2", "second-password-2");

        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Current password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The current password is not correct.");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("New password")).getValue())
                .isEqualTo("second-password-2");
        authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "first-password-1"));
    }

    @Test
    void mismatched_new_passwords_are_caught_before_anything_is_saved() {
        String email = newUser("first-password-1");
        login(email);
        UI.getCurrent().navigate("account");
        changePassword("first-password-1", "second-password-2", "second-password-3");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Repeat new password")).getErrorMessage())
                .isEqualTo("The two new passwords differ.");
    }

    @Test
    void the_sign_in_log_lists_attempts_newest_first_and_filters_by_email() throws Exception {
        String email = newUser("first-password-1");
        var manager = authenticationConfiguration.getAuthenticationManager();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong-password-0")))
                .isInstanceOf(BadCredentialsException.class);
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "first-password-1"));

        login(ADMIN);
        UI.getCurrent().navigate("admin/sign-ins");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Filter by email")), email);
        @SuppressWarnings("unchecked")
        Grid<SignInRecord> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).outcome()).isEqualTo(SignInOutcome.SUCCESS);
        assertThat(GridKt._get(grid, 1).outcome()).isEqualTo(SignInOutcome.BAD_CREDENTIALS);
    }
}
