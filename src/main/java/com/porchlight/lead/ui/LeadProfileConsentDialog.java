package com.porchlight.lead.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.lead.ConsentChange;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadProfile;
import com.porchlight.lead.LeadService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Records what the borrower told us about being contacted: unsubscribe, revoke texts or calls, do-not-call, or an
 * email opt-in. Consent to texts and calls cannot be given here (see the note in the dialog).
 */
class LeadProfileConsentDialog extends Dialog {

    static final String NO_PHONE_OPT_IN = "Consent to texts and calls can't be recorded here: the law (TCPA) needs "
            + "the borrower's own prior express written consent, with the exact consent text they were shown. It "
            + "arrives with the lead from a web form through the intake API or an import.";

    LeadProfileConsentDialog(List<ConsentChange> changes, BiFunction<ConsentChange, String, LeadProfile> record,
            Consumer<LeadProfile> done) {
        setHeaderTitle("Record a consent change");
        setWidth("34rem");
        var change = new Select<ConsentChange>();
        change.setLabel("Change");
        change.setItems(changes);
        change.setItemLabelGenerator(ConsentChange::label);
        change.setWidthFull();
        var source = new TextField("How did the borrower tell you?");
        source.setPlaceholder("e.g. asked on a call today; replied STOP; emailed their loan officer");
        source.setMaxLength(LeadService.MAX_CAPTURE_SOURCE);
        source.setWidthFull();
        var note = new Paragraph(NO_PHONE_OPT_IN);
        note.addClassName("pl-muted");
        add(change, source, note);
        var save = new Button("Record", e -> {
            if (change.getValue() == null) {
                change.setErrorMessage("Choose what changed.");
                change.setInvalid(true);
                return;
            }
            try {
                LeadProfile updated = record.apply(change.getValue(), source.getValue());
                close();
                Notifications.success("Recorded: " + change.getValue().label() + ".");
                done.accept(updated);
            } catch (LeadException ex) {
                if ("captureSource".equals(ex.field())) {
                    source.setErrorMessage(ex.getMessage());
                    source.setInvalid(true);
                } else {
                    Notifications.error(ex.getMessage());
                }
            } catch (OptimisticLockingFailureException ex) {
                Notifications.changedBySomeoneElse();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
