package com.porchlight.security.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.security.UserAdminException;
import com.porchlight.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.springframework.dao.OptimisticLockingFailureException;

/** An administrator sets a new password; it also lifts a lockout and signs the user out everywhere. */
class PasswordResetDialog extends Dialog {

    final PasswordField password = new PasswordField("New password");
    final PasswordField confirm = new PasswordField("Repeat new password");

    PasswordResetDialog(UserSummary user, UsersView.Call<String> reset, Runnable onSaved) {
        setHeaderTitle("Reset password of " + user.displayName());
        setWidth("30rem");
        var form = new FormLayout(password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("The user is signed out everywhere and any lockout is lifted."), form);

        var save = new Button("Set password", e -> {
            confirm.setInvalid(false);
            password.setInvalid(false);
            if (!password.getValue().equals(confirm.getValue())) {
                confirm.setErrorMessage("The two passwords differ.");
                confirm.setInvalid(true);
                return;
            }
            try {
                reset.call(password.getValue());
                Notifications.success("New password set for " + user.email() + ".");
                close();
                onSaved.run();
            } catch (UserAdminException ex) {
                password.setErrorMessage(ex.getMessage());
                password.setInvalid(true);
            } catch (OptimisticLockingFailureException ex) {
                Notifications.changedBySomeoneElse();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
