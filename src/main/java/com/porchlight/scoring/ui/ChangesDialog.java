package com.porchlight.scoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Confirms a publication (the draft, or an earlier model rolled back to): what changes against the live model, an
 * optional note, and the action. A refusal from the service is shown in the dialog as it was given, and the dialog
 * stays open.
 */
final class ChangesDialog extends Dialog {

    final TextArea note = new TextArea("Note (optional)");
    final Button confirm;
    private final Div error = new Div();

    /** {@code action} publishes with the note and returns null, or returns the service's refusal. */
    ChangesDialog(String title, String intro, List<String> changes, String confirmText,
            Function<String, @Nullable String> action) {
        setHeaderTitle(title);
        addClassName("pl-score-dialog");
        var introText = new Paragraph(intro);
        var list = new UnorderedList();
        list.addClassName("pl-score-diff");
        if (changes.isEmpty()) {
            list.add(new ListItem("No rule, weight or setting differs from the live model."));
        }
        changes.forEach(c -> list.add(new ListItem(c)));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setPlaceholder("Why: e.g. \u201cthreshold 70 after the Q3 what-if review\u201d");
        error.addClassName("pl-score-dialog-error");
        error.setVisible(false);
        add(introText, list, note, error);
        confirm = new Button(confirmText, e -> {
            String refusal = action.apply(note.getValue());
            if (refusal == null) {
                close();
            } else {
                error.setText(refusal);
                error.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, confirm);
        setWidth("40rem");
    }

    String error() {
        return error.isVisible() ? error.getText() : "";
    }
}
