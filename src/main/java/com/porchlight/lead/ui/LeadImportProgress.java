package com.porchlight.lead.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.lead.imports.ImportStatus;
import com.porchlight.lead.imports.ImportSummary;
import com.porchlight.lead.imports.LeadImportService;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Locale;

/** One import on the import screen: progress while it runs, then the result with the error report to download. */
class LeadImportProgress extends Div {

    private final LeadImportService imports;
    private final long id;
    private final Span title = new Span();
    private final Badge status = new Badge();
    private final ProgressBar bar = new ProgressBar();
    private final Span rows = new Span();
    private final Span counts = new Span();
    private final Paragraph note = new Paragraph();
    private final Div actions = new Div();
    private ImportStatus shown = ImportStatus.RUNNING;

    LeadImportProgress(LeadImportService imports, ImportSummary summary, Runnable dismiss) {
        this.imports = imports;
        this.id = summary.id();
        addClassNames(LumoUtility.Background.BASE, LumoUtility.BorderRadius.LARGE, LumoUtility.Padding.MEDIUM,
                LumoUtility.BoxShadow.XSMALL, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        getElement().setAttribute("aria-live", "polite");
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Flex.GROW);
        var close = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> dismiss.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Dismiss");
        close.setTooltipText("Dismiss (the import is listed below)");
        var head = new Div(title, status, close);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
        rows.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        note.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        add(head, bar, rows, counts, note, actions);
        update(summary);
    }

    long importId() {
        return id;
    }

    void update(ImportSummary s) {
        title.setText(s.fileName() + " → " + s.sourceName());
        status.setText(s.status() == ImportStatus.RUNNING && s.processedRows() == 0 ? "Starting" : s.status().label());
        status.removeThemeVariants(BadgeVariant.SUCCESS, BadgeVariant.ERROR);
        if (s.status() == ImportStatus.FINISHED) {
            status.addThemeVariants(BadgeVariant.SUCCESS);
        } else if (s.status() == ImportStatus.FAILED) {
            status.addThemeVariants(BadgeVariant.ERROR);
        }
        bar.setIndeterminate(s.running() && s.processedRows() == 0);
        bar.setValue(s.status() == ImportStatus.FINISHED ? 1 : s.fraction());
        bar.setVisible(s.running() || s.status() == ImportStatus.FINISHED);
        String progress = String.format("%,d of %,d rows", s.processedRows(), s.totalRows());
        if (s.running() && s.fileSize() > 0) {
            progress += " · " + megabytes(s.bytesRead()) + " of " + megabytes(s.fileSize());
        }
        rows.setText(progress);
        counts.setText(LeadImportView.counts(s));
        if (s.running()) {
            note.setText("You can leave this page and keep working: the import goes on, and this screen shows how "
                    + "it went when you come back.");
        } else if (s.status() == ImportStatus.FINISHED) {
            note.setText("Finished " + Formats.MINUTE.format(s.finishedAt()) + " after " + took(s) + "."
                    + (s.duplicates() > 0 ? " Duplicates are leads this source already has (same external ID, "
                    + "email, or phone for leads without email), in the file or stored before." : ""));
        } else {
            note.setText(s.message() == null ? "The import failed." : s.message());
            note.removeClassName(LumoUtility.TextColor.SECONDARY);
            note.addClassName(LumoUtility.TextColor.ERROR);
        }
        if (shown != s.status() || (!s.running() && actions.getComponentCount() == 0)) {
            actions.removeAll();
            if (!s.running() && s.rejected() > 0) {
                actions.add(errorReport(imports, s));
            }
        }
        shown = s.status();
    }

    /** The link that downloads an import's rejected rows as CSV. */
    static Anchor errorReport(LeadImportService imports, ImportSummary s) {
        var link = new Anchor(download(imports, s), AttachmentType.DOWNLOAD, String.format(
                "Download error report (%,d row%s)", s.rejected(), s.rejected() == 1 ? "" : "s"));
        link.addComponentAsFirst(icon());
        link.addClassNames(LumoUtility.Display.INLINE_FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL);
        return link;
    }

    /** The same download as an icon, for the list of imports. */
    static Anchor errorReportIcon(LeadImportService imports, ImportSummary s) {
        var link = new Anchor(download(imports, s), AttachmentType.DOWNLOAD, "");
        link.add(icon());
        link.setAriaLabel("Download the error report of import #" + s.id());
        link.setTitle(String.format("Download the %,d rejected row%s", s.rejected(), s.rejected() == 1 ? "" : "s"));
        return link;
    }

    private static Icon icon() {
        var icon = new Icon(VaadinIcon.DOWNLOAD_ALT);
        icon.setSize("var(--lumo-icon-size-s)");
        return icon;
    }

    private static DownloadHandler download(LeadImportService imports, ImportSummary s) {
        return event -> {
            event.setFileName("lead-import-" + s.id() + "-rejected-rows.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                imports.writeErrorReport(s.id(), out);
            }
        };
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static String took(ImportSummary s) {
        if (s.finishedAt() == null) {
            return "?";
        }
        long millis = Math.max(0, Duration.between(s.startedAt(), s.finishedAt()).toMillis());
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return (seconds / 60) + " min " + (seconds % 60) + " s";
    }
}
