package com.porchlight.lead.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadProfile;
import com.porchlight.lead.LeadService;
import com.porchlight.lead.Stage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** Marking a lead lost (a reason is required) or funded (final, so it is confirmed). */
class LeadProfileStageDialog extends Dialog {

    LeadProfileStageDialog(Stage to, Function<@Nullable String, LeadProfile> change, Consumer<LeadProfile> done) {
        setHeaderTitle(to == Stage.LOST ? "Mark the lead lost" : "Mark the lead funded");
        setWidth("30rem");
        var reason = new TextArea(to == Stage.LOST ? "Why was it lost?" : "Note (optional)");
        reason.setMaxLength(LeadService.MAX_REASON);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(to == Stage.LOST);
        reason.setPlaceholder(to == Stage.LOST ? "e.g. went with another lender; not reachable after 6 attempts"
                : "e.g. closed 2026-03-14, loan #12345");
        var explain = new Paragraph(to == Stage.LOST
                ? "The reason is kept in the stage history. A lost lead can be reopened later."
                : "Funded is final: the stage cannot be changed afterwards.");
        explain.addClassName("pl-muted");
        add(explain, reason);
        var confirm = new Button(to == Stage.LOST ? "Mark lost" : "Mark funded", e -> {
            try {
                LeadProfile updated = change.apply(reason.getValue());
                close();
                Notifications.success("Moved to " + to.label() + ".");
                done.accept(updated);
            } catch (LeadException ex) {
                if ("reason".equals(ex.field())) {
                    reason.setErrorMessage(ex.getMessage());
                    reason.setInvalid(true);
                } else {
                    Notifications.error(ex.getMessage());
                }
            } catch (OptimisticLockingFailureException ex) {
                Notifications.changedBySomeoneElse();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (to == Stage.LOST) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
