package com.porchlight.security.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.security.NewUser;
import com.porchlight.security.Roles;
import com.porchlight.security.UserAdminException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Creates a user. Anything the service refuses is shown next to the field it concerns; the input stays. */
class NewUserDialog extends Dialog {

    /** The form's bean: a mutable holder the Binder writes into. */
    static final class Form {
        String email = "";
        String name = "";
        Set<String> roles = new LinkedHashSet<>();
        String password = "";
    }

    final EmailField email = new EmailField("Email");
    final TextField name = new TextField("Name");
    final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
    final PasswordField password = new PasswordField("Initial password");
    private final Binder<Form> binder = new Binder<>();
    private final UsersView.Call<NewUser> create;
    private final Runnable onSaved;

    NewUserDialog(UsersView.Call<NewUser> create, Runnable onSaved) {
        this.create = create;
        this.onSaved = onSaved;
        setHeaderTitle("New user");
        setWidth("36rem");

        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage("This is not an email address (expected name@company.com).")
                .setRequiredErrorMessage("Enter the user's email address."));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(Roles::label);
        password.setHelperText("At least 10 characters. Share it privately; the user can change it under My account.");
        binder.forField(email).asRequired("Enter the user's email address.")
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(name).asRequired("Enter the user's name.").bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(roles).asRequired("Choose at least one role.")
                .bind(f -> f.roles, (f, v) -> f.roles = new LinkedHashSet<>(v));
        binder.forField(password).asRequired("Enter an initial password.")
                .bind(f -> f.password, (f, v) -> f.password = v);
        binder.readBean(new Form());

        var form = new FormLayout(email, name, roles, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var save = new Button("Create user", e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        var form = new Form();
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return; // the fields show their own messages
        }
        try {
            var created = create.call(new NewUser(form.email, form.name, form.roles, form.password));
            Notifications.success(created.displayName() + " can now sign in as " + created.email() + ".");
            close();
            onSaved.run();
        } catch (UserAdminException e) {
            showError(e);
        }
    }

    private void showError(UserAdminException e) {
        switch (e.field()) {
            case EMAIL -> invalid(email, e.getMessage());
            case DISPLAY_NAME -> invalid(name, e.getMessage());
            case ROLES -> {
                roles.setErrorMessage(e.getMessage());
                roles.setInvalid(true);
            }
            case PASSWORD -> invalid(password, e.getMessage());
            case NMLS_ID, NONE -> Notifications.error(e.getMessage());
        }
    }

    private static void invalid(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
