package com.porchlight.apikey.ui;

import com.porchlight.apikey.ApiKeyException;
import com.porchlight.apikey.ApiKeyService;
import com.porchlight.apikey.ApiScope;
import com.porchlight.apikey.NewApiKey;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.porchlight.base.ui.Notifications;
import com.porchlight.base.ui.ShownOnce;
import org.jspecify.annotations.Nullable;

/**
 * Creates a key, then shows it once in a read-only field to copy, with the warning that it cannot be shown again.
 * Closing the dialog forgets it.
 */
class NewApiKeyDialog extends Dialog {

    static final class Form {
        String name = "";
        @Nullable ApiScope scope = ApiScope.COMPLIANCE_CHECK;
    }

    final TextField name = new TextField("Name");
    final Select<ApiScope> scope = new Select<>();
    private final Binder<Form> binder = new Binder<>();
    private final ApiKeyService keys;
    private final Runnable onCreated;

    NewApiKeyDialog(ApiKeyService keys, Runnable onCreated) {
        this.keys = keys;
        this.onCreated = onCreated;
        setHeaderTitle("New API key");
        setWidth("36rem");

        name.setHelperText("The system that will use it, e.g. \u201cAgency CMS\u201d.");
        name.setMaxLength(120);
        scope.setLabel("May call");
        // Lead intake keys belong to a lead source and are issued on the Lead sources screen.
        scope.setItems(ApiScope.COMPLIANCE_CHECK, ApiScope.LEAD_EVENTS);
        scope.setItemLabelGenerator(ApiScope::label);
        scope.setHelperText("Lead events keys may record engagement (rate quotes, email clicks…) for any lead; give "
                + "them only to systems you trust with every lead. Lead intake keys are issued per lead source on the "
                + "Lead sources screen.");
        binder.forField(name).asRequired("Name the key after the system that will use it.")
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(scope).asRequired("Choose what the key may call.")
                .bind(f -> f.scope, (f, v) -> f.scope = v);
        binder.readBean(new Form());

        var form = new FormLayout(name, scope);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var save = new Button("Create key", e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
        var form = new Form();
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return; // the fields show their own messages
        }
        try {
            showOnce(keys.create(form.name, form.scope));
            onCreated.run();
        } catch (ApiKeyException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void showOnce(NewApiKey created) {
        ShownOnce.show(this, "API key for " + created.summary().name(), created.plainKey(),
                "Select it and copy it (Ctrl+C / \u2318C) into the other system's settings.",
                "revoke it and create a new one");
        Notifications.success("Key \u201c" + created.summary().name() + "\u201d created.");
    }
}
