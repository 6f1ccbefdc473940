package com.porchlight.security.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.security.Roles;
import com.porchlight.security.UserAdminException;
import com.porchlight.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;

/** Changes a user's roles. The user is signed out so the new roles apply at their next sign-in. */
class RolesDialog extends Dialog {

    final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");

    RolesDialog(UserSummary user, UsersView.Call<Set<String>> change, Runnable onSaved) {
        setHeaderTitle("Roles of " + user.displayName());
        setWidth("30rem");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(Roles::label);
        roles.setValue(new LinkedHashSet<>(user.roles()));
        add(new Paragraph("A change signs " + user.email() + " out everywhere; the new roles apply at the next"
                + " sign-in."), roles);

        var save = new Button("Save roles", e -> {
            if (roles.getValue().isEmpty()) {
                roles.setErrorMessage("Choose at least one role.");
                roles.setInvalid(true);
                return;
            }
            try {
                change.call(new LinkedHashSet<>(roles.getValue()));
                Notifications.success("Roles of " + user.email() + " saved.");
                close();
                onSaved.run();
            } catch (UserAdminException ex) {
                roles.setErrorMessage(ex.getMessage());
                roles.setInvalid(true);
            } catch (OptimisticLockingFailureException ex) {
                Notifications.changedBySomeoneElse();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
