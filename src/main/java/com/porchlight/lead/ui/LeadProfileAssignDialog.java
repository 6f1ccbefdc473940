package com.porchlight.lead.ui;

import com.porchlight.base.UsStates;
import com.porchlight.base.ui.Notifications;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadProfile;
import com.porchlight.lead.LoanOfficerOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.springframework.dao.OptimisticLockingFailureException;

/** Assigns the lead to a loan officer licensed in the borrower's state (the only ones offered, and checked again). */
class LeadProfileAssignDialog extends Dialog {

    LeadProfileAssignDialog(String state, List<LoanOfficerOption> officers, LongFunction<LeadProfile> assign,
            Consumer<LeadProfile> done) {
        setHeaderTitle("Assign a loan officer");
        setWidth("30rem");
        if (officers.isEmpty()) {
            add(new Paragraph("No enabled loan officer is licensed in " + UsStates.name(state) + ". Add the licence"
                    + " to a loan officer under Users first; the lead stays unassigned until then."));
            getFooter().add(new Button("Close", e -> close()));
            return;
        }
        var officer = new ComboBox<LoanOfficerOption>("Loan officer licensed in " + UsStates.name(state));
        officer.setItems(officers);
        officer.setItemLabelGenerator(o -> o.name() + (o.nmlsId() == null ? "" : " · NMLS " + o.nmlsId()));
        officer.setWidthFull();
        add(officer);
        var save = new Button("Assign", e -> {
            if (officer.getValue() == null) {
                officer.setErrorMessage("Choose a loan officer.");
                officer.setInvalid(true);
                return;
            }
            try {
                LeadProfile updated = assign.apply(officer.getValue().userId());
                close();
                Notifications.success("Assigned to " + officer.getValue().name() + ".");
                done.accept(updated);
            } catch (LeadException ex) {
                officer.setErrorMessage(ex.getMessage());
                officer.setInvalid(true);
            } catch (OptimisticLockingFailureException ex) {
                Notifications.changedBySomeoneElse();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
