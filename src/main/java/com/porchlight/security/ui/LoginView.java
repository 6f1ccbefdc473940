package com.porchlight.security.ui;

import com.porchlight.security.DemoAccounts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in. Tells the user precisely why a sign-in was refused: wrong password, locked, disabled or session ended. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Porchlight")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final AuthenticationContext authentication;
    private final int maxFailures;
    private final long lockoutMinutes;

    LoginView(AuthenticationContext authentication, DemoAccounts demoAccounts,
            @Value("${porchlight.security.max-failed-logins:5}") int maxFailures,
            @Value("${porchlight.security.lockout:15m}") Duration lockout) {
        this.authentication = authentication;
        this.maxFailures = maxFailures;
        this.lockoutMinutes = Math.max(1, lockout.toMinutes());
        addClassName("pl-login");

        var logo = new Image("images/logo.svg", "");
        logo.addClassName("pl-login-logo");
        var name = new Span("Porchlight");
        name.addClassName("pl-login-name");
        var tagline = new Span("Marketing operations for mortgage lenders");
        tagline.addClassName("pl-login-tagline");
        var brand = new Div(logo, name, tagline);
        brand.addClassName("pl-login-brand");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        notice.addClassName("pl-login-notice");
        notice.setVisible(false);

        var help = new Paragraph("Forgot your password or locked out? An administrator can reset it.");
        help.addClassName("pl-login-help");

        var card = new Div(brand, notice, form, help);
        card.addClassName("pl-login-card");
        var demo = demoAccounts.list();
        if (!demo.isEmpty()) {
            var grid = new Grid<DemoAccounts.DemoAccount>();
            grid.addColumn(DemoAccounts.DemoAccount::roleLabel).setHeader("Role").setAutoWidth(true);
            grid.addColumn(DemoAccounts.DemoAccount::email).setHeader("Email").setAutoWidth(true);
            grid.addColumn(DemoAccounts.DemoAccount::password).setHeader("Password").setAutoWidth(true);
            grid.setItems(demo);
            grid.setAllRowsVisible(true);
            grid.addClassName("pl-login-demo-grid");
            var details = new Details("Demo accounts", grid);
            details.addClassName("pl-login-demo");
            card.add(details);
        }
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Wrong email or password");
        i18n.getErrorMessage().setMessage("Check both and try again. After " + maxFailures + " failed attempts in a row"
                + " the account is locked for " + lockoutMinutes + " minutes.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            LoginI18n i18n = i18n();
            if (last instanceof LockedException) {
                i18n.getErrorMessage().setTitle("Account locked");
                i18n.getErrorMessage().setMessage("Too many failed sign-in attempts: this account is locked for "
                        + lockoutMinutes + " minutes. Try again later, or ask an administrator to reset your password.");
            } else if (last instanceof DisabledException) {
                i18n.getErrorMessage().setTitle("Account disabled");
                i18n.getErrorMessage().setMessage("This account has been disabled. Ask an administrator if you"
                        + " still need access.");
            }
            form.setI18n(i18n);
            form.setError(true);
        } else if (params.containsKey("ended")) {
            notice.setText("Your session was ended by an administrator. Sign in again to continue.");
            notice.setVisible(true);
        } else if (params.containsKey("logout")) {
            notice.setText("You have signed out.");
            notice.setVisible(true);
        }
    }
}
