package com.porchlight.lead.ui;

import com.porchlight.apikey.ApiKeyException;
import com.porchlight.apikey.NewApiKey;
import com.porchlight.base.ui.Notifications;
import com.porchlight.base.ui.ShownOnce;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Issues an intake key for a lead source, then shows it once in a read-only field to copy, with the warning that it
 * cannot be shown again. Closing the dialog forgets it.
 */
class LeadSourceNewKeyDialog extends Dialog {

    final TextField name = new TextField("Key name");
    private final LeadSourceService sources;
    private final LeadSourceSummary source;
    private final Runnable onIssued;

    LeadSourceNewKeyDialog(LeadSourceService sources, LeadSourceSummary source, Runnable onIssued) {
        this.sources = sources;
        this.source = source;
        this.onIssued = onIssued;
        setHeaderTitle("New intake key for " + source.name());
        setWidth("36rem");

        name.setMaxLength(120);
        name.setPlaceholder(source.name());
        name.setHelperText("The vendor system that will use it, e.g. \u201cLeadPoint production\u201d. Empty: the"
                + " source's name.");
        name.setWidthFull();
        add(new Paragraph("Leads posted with this key are booked to " + source.name() + "."), name);

        var issue = new Button("Issue key", e -> issue());
        issue.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), issue);
    }

    void issue() {
        try {
            showOnce(sources.issueKey(source.id(), name.getValue()));
            onIssued.run();
        } catch (ApiKeyException | LeadException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void showOnce(NewApiKey created) {
        ShownOnce.show(this, "Intake API key for " + created.summary().name(), created.plainKey(),
                "Select it and copy it (Ctrl+C / \u2318C) into the vendor's delivery settings, with the address"
                        + " POST /api/v1/leads and the header X-Api-Key.",
                "revoke it and issue a new one");
        Notifications.success("Key \u201c" + created.summary().name() + "\u201d issued for " + source.name() + ".");
    }
}
