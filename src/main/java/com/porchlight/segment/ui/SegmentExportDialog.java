package com.porchlight.segment.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.lead.LeadExportKind;
import com.porchlight.segment.SegmentService;
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
 * Export the members of a segment's saved version as CSV, one list per channel: how many leads each list holds and
 * who is included. Which leads a channel list may hold is decided by the service's SQL, not here.
 */
class SegmentExportDialog extends Dialog {

    private volatile LeadExportKind kind = LeadExportKind.EMAIL_LIST;

    SegmentExportDialog(SegmentService segments, long segmentId, String name, int version, boolean unsaved) {
        setHeaderTitle("Export \u201c" + name + "\u201d as CSV");
        setWidth("38rem");
        Map<LeadExportKind, Long> counts = new EnumMap<>(LeadExportKind.class);
        for (LeadExportKind k : LeadExportKind.values()) {
            counts.put(k, segments.exportCount(segmentId, k));
        }
        var choice = new RadioButtonGroup<LeadExportKind>("List");
        choice.setItems(LeadExportKind.values());
        choice.setItemLabelGenerator(k -> k.label() + " — " + SegmentEditorView.leads(counts.get(k)) + " ("
                + k.description() + ")");
        choice.setValue(kind);
        choice.addThemeName("vertical");
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                kind = e.getValue();
            }
        });

        var scope = new Paragraph("Exports the members of saved version " + version + (unsaved
                ? " — your unsaved changes are not included; save first to export them" : "")
                + ". Each export is recorded with your name, the segment and its version.");
        scope.addClassName("pl-muted");

        var link = new Anchor((DownloadHandler) event -> {
            LeadExportKind chosen = kind;
            event.setFileName(segments.exportFileName(segmentId, chosen));
            event.setContentType("text/csv; charset=UTF-8");
            long rows = segments.export(segmentId, chosen, event.getOutputStream());
            event.getUI().access(() -> {
                Notifications.success("Exported " + SegmentEditorView.leads(rows) + " (" + chosen.label() + ").");
                close();
            });
        }, AttachmentType.DOWNLOAD, "");
        var button = new Button("Download CSV", new Icon(VaadinIcon.DOWNLOAD));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        link.add(button);
        add(choice, scope);
        getFooter().add(new Button("Cancel", e -> close()), link);
    }
}
