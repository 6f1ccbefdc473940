package com.porchlight.security.ui;

import com.porchlight.base.UsStates;
import com.porchlight.base.ui.Notifications;
import com.porchlight.security.UserAdminException;
import com.porchlight.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Sets the states a loan officer is licensed in (NMLS). New leads are routed only to an officer licensed in the
 * lead's state; a lead from a state nobody is licensed in is flagged unassignable.
 */
class LicensedStatesDialog extends Dialog {

    /** How many state codes the grid shows before "+N". */
    static final int SHOWN = 4;

    final MultiSelectComboBox<String> states = new MultiSelectComboBox<>("Licensed states");

    LicensedStatesDialog(UserSummary user, UsersView.Call<Set<String>> save, Runnable onSaved) {
        setHeaderTitle("Licensed states of " + user.displayName());
        setWidth("34rem");
        List<String> byName = UsStates.codes().stream().sorted(Comparator.comparing(UsStates::name)).toList();
        states.setItems(byName);
        states.setItemLabelGenerator(code -> UsStates.name(code) + " (" + code + ")");
        states.setValue(new TreeSet<>(user.licensedStates()));
        states.setPlaceholder("Type a state's name or code");
        states.setHelperText("Leave empty if the officer holds no state licence yet: their leads then go to others.");
        states.setWidthFull();
        // Every chosen state stays visible (the chips wrap) instead of hiding behind a "+N" chip.
        states.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        add(new Paragraph("New leads are assigned round-robin to a loan officer licensed in the lead's state. Leads"
                + " from a state no officer is licensed in are flagged unassignable."), states);
        var ok = new Button("Save states", e -> {
            try {
                save.call(new TreeSet<>(states.getValue()));
                Notifications.success("Licensed states of " + user.displayName() + " saved.");
                close();
                onSaved.run();
            } catch (UserAdminException ex) {
                states.setErrorMessage(ex.getMessage());
                states.setInvalid(true);
            } catch (OptimisticLockingFailureException ex) {
                Notifications.changedBySomeoneElse();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }

    /** "AZ, CA, NV" or, for many, "AL, AZ, CA, CO +9": the grid's compact form. */
    static String compact(Collection<String> codes) {
        List<String> sorted = new TreeSet<>(codes).stream().toList();
        if (sorted.size() <= SHOWN) {
            return String.join(", ", sorted);
        }
        return String.join(", ", sorted.subList(0, SHOWN)) + " +" + (sorted.size() - SHOWN);
    }

    /** Every state by name, for the tooltip of the compact form. */
    static String names(Collection<String> codes) {
        return String.join(", ", new TreeSet<>(codes).stream().map(UsStates::name).sorted().toList());
    }
}
