package com.porchlight.security.ui;

import com.porchlight.base.ConsoleUser;
import com.porchlight.base.ui.Notifications;
import com.porchlight.security.UserAdminException;
import com.porchlight.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's own account: who they are here, and changing their password. */
@Route("account")
@PageTitle("My account")
@Menu(order = 99, icon = "vaadin:user", title = "My account")
@PermitAll
class AccountView extends Div {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField confirm = new PasswordField("Repeat new password");

    AccountView(UserService users, AuthenticationContext authentication) {
        addClassName("pl-page");
        addClassName("pl-narrow");
        authentication.getAuthenticatedUser(ConsoleUser.class).ifPresent(user -> add(
                new H3(user.displayName()),
                new Paragraph(user.email() + " · " + String.join(", ", user.roleLabels()))));

        next.setHelperText("At least 10 characters.");
        var form = new FormLayout(current, next, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var save = new Button("Change password", e -> {
            current.setInvalid(false);
            next.setInvalid(false);
            confirm.setInvalid(false);
            if (!next.getValue().equals(confirm.getValue())) {
                confirm.setErrorMessage("The two new passwords differ.");
                confirm.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                confirm.clear();
                Notifications.success("Your password was changed.");
            } catch (UserAdminException ex) {
                var field = ex.field() == UserAdminException.Field.PASSWORD ? next : current;
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H3("Change password"), form, save);
    }
}
