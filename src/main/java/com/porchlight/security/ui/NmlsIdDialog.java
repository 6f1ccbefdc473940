package com.porchlight.security.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.security.UserAdminException;
import com.porchlight.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.dao.OptimisticLockingFailureException;

/** Sets the NMLS ID a loan officer must show wherever a creative names them. */
class NmlsIdDialog extends Dialog {

    final TextField nmls = new TextField("NMLS ID");

    NmlsIdDialog(UserSummary user, UsersView.Call<String> save, Runnable onSaved) {
        setHeaderTitle("NMLS ID of " + user.displayName());
        setWidth("28rem");
        nmls.setValue(user.nmlsId() == null ? "" : user.nmlsId());
        nmls.setHelperText("Digits only, as in the NMLS Consumer Access record. Leave empty to remove.");
        nmls.setWidthFull();
        add(new Paragraph("The compliance check requires this number next to the officer's name in any creative"
                + " that names them."), nmls);
        var ok = new Button("Save", e -> {
            try {
                save.call(nmls.getValue());
                Notifications.success("NMLS ID of " + user.displayName() + " saved.");
                close();
                onSaved.run();
            } catch (UserAdminException ex) {
                nmls.setErrorMessage(ex.getMessage());
                nmls.setInvalid(true);
            } catch (OptimisticLockingFailureException ex) {
                Notifications.changedBySomeoneElse();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }
}
