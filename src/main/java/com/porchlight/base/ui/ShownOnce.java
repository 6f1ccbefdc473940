package com.porchlight.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Turns a dialog into the one place a new secret (an API key) is ever shown: a read-only field to copy from, the
 * warning that it cannot be shown again, and a button that closes the dialog and forgets it.
 */
public final class ShownOnce {

    private ShownOnce() {
    }

    /**
     * @param howToUse helper text under the field: where the secret goes
     * @param ifLost what to do when it is lost, e.g. "revoke it and create a new one"
     */
    public static void show(Dialog dialog, String label, String secret, String howToUse, String ifLost) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        dialog.setHeaderTitle("Copy the key now");
        var field = new TextField(label);
        field.setValue(secret);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("pl-api-key");
        field.setHelperText(howToUse);
        var warning = new Paragraph("This key will not be shown again. Porchlight keeps only a fingerprint of it;"
                + " if it is lost, " + ifLost + ".");
        warning.addClassName("pl-warning");
        dialog.add(field, warning);
        var done = new Button("I have copied the key", e -> dialog.close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
    }
}
