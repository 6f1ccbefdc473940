package com.porchlight.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in through the same authentication manager the login form uses: lockout, audit, messages. */
class SignInTest extends KaribuTest {

    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    private void signIn(String email, String password, String address) throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        manager.authenticate(token);
    }

    private String newUser(String password) {
        return createUser("signin", "Sign In Tester", password, Roles.MARKETER);
    }

    @Test
    void five_failed_sign_ins_lock_the_account_for_fifteen_minutes_even_for_the_right_password() throws Exception {
        String email = newUser("the-right-password");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(email, "wrong-password", "198.51.100.4"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(email, "the-right-password", "198.51.100.4"))
                .isInstanceOf(LockedException.class);

        Instant lockedUntil = jdbc.queryForObject("select locked_until from app_user where email = ?",
                java.time.LocalDateTime.class, email).toInstant(java.time.ZoneOffset.UTC);
        assertThat(Duration.between(Instant.now(), lockedUntil))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15).plusSeconds(5));
        assertThat(jdbc.queryForList("select outcome from sign_in_event where email = ? order by id", String.class,
                email)).containsExactly("BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
                "BAD_CREDENTIALS", "LOCKED");
    }

    @Test
    void parallel_guesses_cannot_get_past_the_limit() throws Exception {
        String email = newUser("the-right-password");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var attempts = new java.util.ArrayList<java.util.concurrent.Future<Class<?>>>();
            for (int i = 0; i < 20; i++) {
                attempts.add(pool.submit(() -> {
                    try {
                        signIn(email, "guess-" + System.nanoTime(), "198.51.100.99");
                        return Void.class;
                    } catch (Exception e) {
                        return e.getClass();
                    }
                }));
            }
            int wrongPassword = 0;
            int locked = 0;
            for (var attempt : attempts) {
                Class<?> outcome = attempt.get();
                if (outcome == BadCredentialsException.class) {
                    wrongPassword++;
                } else if (outcome == LockedException.class) {
                    locked++;
                }
            }
            assertThat(wrongPassword).as("passwords actually compared").isEqualTo(5);
            assertThat(locked).isEqualTo(15);
        } finally {
            pool.shutdown();
        }
        assertThatThrownBy(() -> signIn(email, "the-right-password", "198.51.100.99"))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void four_failures_then_a_success_start_the_count_again() throws Exception {
        String email = newUser("the-right-password");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(email, "wrong-password", "198.51.100.5"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        signIn(email, "the-right-password", "198.51.100.5");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(email, "wrong-password", "198.51.100.5"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        signIn(email, "the-right-password", "198.51.100.5");
        assertThat(jdbc.queryForObject("select locked_until from app_user where email = ?", Timestamp.class, email))
                .isNull();
    }

    @Test
    void successful_and_failed_sign_ins_are_recorded_with_time_and_address() throws Exception {
        String email = newUser("the-right-password");
        Instant before = Instant.now().minusSeconds(1);
        assertThatThrownBy(() -> signIn(email, "nope-nope-nope", "203.0.113.9"))
                .isInstanceOf(BadCredentialsException.class);
        signIn(email, "the-right-password", "203.0.113.10");

        var rows = jdbc.queryForList("select outcome, remote_address, occurred_at from sign_in_event"
                + " where email = ? order by id", email);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("outcome", "BAD_CREDENTIALS").containsEntry("remote_address",
                "203.0.113.9");
        assertThat(rows.get(1)).containsEntry("outcome", "SUCCESS").containsEntry("remote_address", "203.0.113.10");
        assertThat(((java.time.LocalDateTime) ((Timestamp) rows.get(1).get("occurred_at")).toLocalDateTime())
                .toInstant(java.time.ZoneOffset.UTC)).isAfter(before);
        assertThat(jdbc.queryForObject("select last_login_at from app_user where email = ?", Timestamp.class, email))
                .isNotNull();
    }

    @Test
    void an_unknown_email_is_recorded_without_revealing_anything() throws Exception {
        String email = uniqueEmail("nobody");
        assertThatThrownBy(() -> signIn(email, "whatever-password", "192.0.2.1"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_event where email = ? and user_id is null"
                + " and outcome = 'BAD_CREDENTIALS'", Integer.class, email)).isEqualTo(1);
    }

    @Test
    void a_reset_password_lifts_the_lock() throws Exception {
        String email = newUser("the-right-password");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(email, "wrong-password", "198.51.100.6"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        authenticateAs(ADMIN);
        var user = users.page(email, org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(user.lockedAt(Instant.now())).isTrue();
        users.resetPassword(user.id(), user.version(), "a-brand-new-password");
        logout();
        signIn(email, "a-brand-new-password", "198.51.100.6");
    }

    @Test
    void the_login_page_says_the_account_is_locked() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("locked"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Account locked")
                .contains("locked for 15 minutes");
    }

    @Test
    void the_login_page_says_a_wrong_password_is_wrong() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("bad"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("Wrong email or password");
    }
}
