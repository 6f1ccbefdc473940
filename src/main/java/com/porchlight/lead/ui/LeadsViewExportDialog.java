package com.porchlight.lead.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.lead.LeadExportKind;
import com.porchlight.lead.LeadExportService;
import com.porchlight.lead.LeadFilter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.EnumMap;
import java.util.Map;

/**
 * Export the filtered leads as CSV: choose the list (email, SMS, call, or all fields without contact details), see
 * how many leads it holds, download. Who is in a list is decided by {@link LeadExportService}, not here.
 */
class LeadsViewExportDialog extends Dialog {

    private volatile LeadExportKind kind = LeadExportKind.EMAIL_LIST;

    LeadsViewExportDialog(LeadExportService exports, LeadFilter filter) {
        setHeaderTitle("Export leads as CSV");
        setWidth("36rem");
        Map<LeadExportKind, Long> counts = new EnumMap<>(LeadExportKind.class);
        for (LeadExportKind k : LeadExportKind.values()) {
            counts.put(k, exports.count(filter, k));
        }
        var choice = new RadioButtonGroup<LeadExportKind>("List");
        choice.setItems(LeadExportKind.values());
        choice.setItemLabelGenerator(k -> k.label() + " — " + LeadsViewFormat.leads(counts.get(k)) + " ("
                + k.description() + ")");
        choice.setValue(kind);
        choice.addThemeName("vertical");

        var scope = new Paragraph("Filter: " + filter.describe() + ". Each export is recorded with your name.");
        scope.addClassName("pl-muted");

        var link = new Anchor((DownloadHandler) event -> {
            LeadExportKind chosen = kind;
            event.setFileName(exports.fileName(chosen));
            event.setContentType("text/csv; charset=UTF-8");
            long rows = exports.export(filter, chosen, event.getOutputStream());
            event.getUI().access(() -> {
                Notifications.success("Exported " + LeadsViewFormat.leads(rows) + " (" + chosen.label()
                        + ").");
                close();
            });
        }, AttachmentType.DOWNLOAD, "");
        var button = new Button("Download CSV", new Icon(VaadinIcon.DOWNLOAD));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        link.add(button);
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                kind = e.getValue();
            }
        });
        add(choice, scope);
        getFooter().add(new Button("Cancel", e -> close()), link);
    }
}
