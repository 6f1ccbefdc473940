package com.porchlight.lead.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadField;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.porchlight.lead.imports.ImportFile;
import com.porchlight.lead.imports.ImportFileException;
import com.porchlight.lead.imports.ImportMapping;
import com.porchlight.lead.imports.ImportStatus;
import com.porchlight.lead.imports.ImportSummary;
import com.porchlight.lead.imports.LeadImportService;
import com.porchlight.lead.imports.PreviewRow;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * CSV import of leads, in the order a marketer works: choose the source and the file; check how the columns map to
 * lead fields and how the first rows fare; import (on a worker thread, with progress, while they keep working); read
 * the result and download the rejected rows. Recent imports, running ones included, are listed below.
 */
@Route("leads/import")
@PageTitle("Import leads")
@Menu(order = 5, icon = "vaadin:upload", title = "Import leads")
@RolesAllowed({Roles.MARKETER, Roles.ADMIN})
class LeadImportView extends Div {

    private static final long MAX_BYTES = LeadImportService.MAX_FILE_BYTES;
    private static final long GRID_REFRESH_NANOS = 1_000_000_000L;

    private final LeadImportService imports;
    private final Select<LeadSourceSummary> source = new Select<>();
    private final Upload upload;
    private final Div fileError = new Div();
    private final Div fileSummary = new Div();
    private final Div mappingStep = new Div();
    private final Paragraph earlier = new Paragraph();
    private final FormLayout columns = new FormLayout();
    private final List<Select<LeadField>> columnSelects = new ArrayList<>();
    private final Paragraph mappingProblem = new Paragraph();
    private final Grid<PreviewRow> preview = new Grid<>();
    private final Paragraph previewSummary = new Paragraph();
    private final Button importButton = new Button("Import", new Icon(VaadinIcon.UPLOAD_ALT));
    private final Div progressStep = new Div();
    private final Div cards = new Div();
    private final Map<Long, LeadImportProgress> cardsById = new LinkedHashMap<>();
    private final Grid<ImportSummary> recent = new Grid<>();
    private @Nullable ImportFile file;
    private ImportMapping mapping = new ImportMapping(List.of());
    private @Nullable Runnable unsubscribe;
    private long lastGridRefresh;

    LeadImportView(LeadImportService imports, LeadSourceService sources) {
        this.imports = imports;
        addClassName("pl-page");

        var intro = new Paragraph("Import a purchased list or leads from another system. Every row is checked like a "
                + "lead from the intake API; leads the source already has are skipped, and rejected rows are listed "
                + "with their line number in a report you can download.");
        intro.addClassName("pl-intro");

        source.setLabel("Lead source");
        source.setPlaceholder("Where these leads come from");
        source.setHelperText("Duplicates are found within this source; its routing assigns the new leads.");
        source.setItemLabelGenerator(LeadSourceSummary::name);
        source.setItems(sources.all().stream().filter(LeadSourceSummary::active).toList());
        source.setWidth("22rem");
        source.addValueChangeListener(e -> {
            source.setInvalid(false);
            refreshMapping();
        });

        var handler = new TemporaryFileUploadHandler((metadata, temp) -> received(metadata.fileName(),
                temp.toPath())) {
            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return MAX_BYTES + 1024 * 1024;
            }
        };
        handler.whenComplete(success -> {
            if (!success) {
                showFileError("The upload did not complete. Check the connection and upload the file again.");
            }
        });
        upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".tsv", "text/csv", "text/plain", "text/tab-separated-values");
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Drop the CSV file here (UTF-8, up to 200 MB)"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Choose CSV file…"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig("The file is bigger than 200 MB.")
                .setIncorrectFileType("Only CSV files (.csv, .txt, .tsv) can be imported.")
                .setTooManyFiles("One file at a time."));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showFileError(e.getErrorMessage().contains("200 MB")
                ? "\u201c" + e.getFileName() + "\u201d is bigger than 200 MB, the most the import takes. Split it "
                        + "into smaller files (each with the header line) and import them one after the other."
                : "\u201c" + e.getFileName() + "\u201d is not a CSV file. Export or save the list as "
                        + "\u201cCSV UTF-8\u201d (.csv) and upload that file."));
        upload.setWidthFull();

        fileError.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        fileError.getElement().setAttribute("role", "alert");
        fileError.setVisible(false);
        fileSummary.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.MEDIUM,
                LumoUtility.FlexWrap.WRAP);
        fileSummary.setVisible(false);

        var chooseStep = step("1", "Source and file", source, upload, fileError, fileSummary);

        earlier.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.WARNING_CONTRAST,
                LumoUtility.Background.WARNING_10, LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM);
        columns.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2),
                new FormLayout.ResponsiveStep("60em", 3), new FormLayout.ResponsiveStep("84em", 4));
        mappingProblem.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.ERROR);
        mappingProblem.getElement().setAttribute("role", "alert");
        preview.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT);
        preview.setAllRowsVisible(true);
        preview.setId("import-preview");
        preview.addClassName(LumoUtility.BorderRadius.MEDIUM);
        previewSummary.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL,
                LumoUtility.TextColor.SECONDARY);
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setDisableOnClick(true);
        importButton.addClickListener(e -> startImport());
        var cancel = new Button("Cancel", e -> reset());
        var buttons = new Div(importButton, cancel);
        buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        var columnsHelp = new Paragraph("Each column of the file fills the lead field chosen under its name. Required: "
                + "First name, Last name, State, Loan purpose, and Email or Phone.");
        columnsHelp.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL,
                LumoUtility.TextColor.SECONDARY);
        var step2 = step("2", "Columns and preview", earlier, columnsHelp, columns, previewSummary, preview,
                mappingProblem, buttons);
        mappingStep.add(step2);
        mappingStep.setVisible(false);

        cards.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        progressStep.add(step("3", "Import", cards));
        progressStep.setVisible(false);

        add(intro, chooseStep, mappingStep, progressStep, recentImports());
    }

    private static Div step(String number, String title, Component... content) {
        var badge = new Span(number);
        badge.addClassNames(LumoUtility.Background.PRIMARY, LumoUtility.TextColor.PRIMARY_CONTRAST,
                LumoUtility.BorderRadius.FULL, LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.BOLD,
                LumoUtility.Display.INLINE_FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.JustifyContent.CENTER,
                LumoUtility.Width.MEDIUM, LumoUtility.Height.MEDIUM);
        var heading = new H2(badge, new Span(title));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, LumoUtility.Display.FLEX,
                LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
        var box = new Div(heading);
        box.add(content);
        box.addClassNames(LumoUtility.Background.BASE, LumoUtility.BorderRadius.LARGE, LumoUtility.Padding.LARGE,
                LumoUtility.BoxShadow.XSMALL, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.MEDIUM);
        return box;
    }

    private Component recentImports() {
        // Widths that fit a laptop screen next to the menu without a horizontal scroll bar.
        recent.addColumn(ImportSummary::id).setHeader("#").setWidth("3rem").setFlexGrow(0);
        recent.addColumn(ImportSummary::fileName).setHeader("File").setWidth("9rem").setFlexGrow(2)
                .setTooltipGenerator(s -> s.fileName() + " · SHA-256 " + s.fileSha256());
        recent.addColumn(ImportSummary::sourceName).setHeader("Source").setWidth("8rem").setFlexGrow(1)
                .setTooltipGenerator(ImportSummary::sourceName);
        recent.addColumn(s -> Formats.MINUTE.format(s.startedAt())).setHeader("Started").setWidth("12.5rem")
                .setFlexGrow(0).setTooltipGenerator(s -> Formats.MINUTE.format(s.startedAt()) + " by " + s.startedBy());
        recent.addComponentColumn(LeadImportView::statusBadge).setHeader("Status").setKey("status").setWidth("7.5rem")
                .setFlexGrow(0).setTooltipGenerator(s -> (s.message() == null ? "" : s.message() + " ")
                        + String.format("%,d rows in the file.", s.totalRows()));
        recent.addColumn(s -> number(s.imported())).setHeader("Imported").setKey("imported")
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0);
        recent.addColumn(s -> number(s.duplicates())).setHeader("Duplicates").setKey("duplicates")
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        recent.addColumn(s -> number(s.rejected())).setHeader("Rejected").setKey("rejected")
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0);
        recent.addComponentColumn(s -> s.rejected() > 0 && !s.running()
                ? LeadImportProgress.errorReportIcon(imports, s) : new Span()).setHeader("").setKey("report")
                .setWidth("3.5rem").setFlexGrow(0);
        recent.setItems(query -> imports.recent(query.getOffset(), query.getLimit()).stream());
        recent.setEmptyStateText("No imports yet.");
        recent.addThemeVariants(GridVariant.ROW_STRIPES);
        recent.setHeight("22rem");
        recent.setId("recent-imports");
        recent.addClassNames(LumoUtility.BorderRadius.LARGE, LumoUtility.FontSize.SMALL);
        var title = new H2("Recent imports");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        var box = new Div(title, recent);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return box;
    }

    private static Badge statusBadge(ImportSummary s) {
        var badge = new Badge(s.running() ? "Running " + Math.round(s.fraction() * 100) + " %" : s.status().label());
        if (s.status() == ImportStatus.FINISHED) {
            badge.addThemeVariants(BadgeVariant.SUCCESS);
        } else if (s.status() == ImportStatus.FAILED) {
            badge.addThemeVariants(BadgeVariant.ERROR);
        }
        return badge;
    }

    static String counts(ImportSummary s) {
        return String.format("%,d imported · %,d duplicate%s skipped · %,d rejected", s.imported(), s.duplicates(),
                s.duplicates() == 1 ? "" : "s", s.rejected());
    }

    private static String number(long n) {
        return String.format("%,d", n);
    }

    // ---------- step 1: the file ----------

    /** The uploaded file is in a temporary file: read it through once and show the mapping and preview. */
    void received(String fileName, Path path) {
        discardFile();
        upload.clearFileList();
        try {
            file = imports.inspect(path, fileName);
        } catch (ImportFileException e) {
            deleteQuietly(path);
            showFileError("\u201c" + fileName + "\u201d cannot be imported. " + e.getMessage());
            return;
        }
        ImportFile f = file;
        fileError.setVisible(false);
        mapping = f.suggested();
        fileSummary.removeAll();
        var name = new Span(new Icon(VaadinIcon.FILE_TEXT_O), new Span(f.fileName()));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.INLINE_FLEX,
                LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL);
        var facts = new Span(String.format(Locale.ROOT, "%,d rows · %.1f MB · %s-separated · %d columns", f.rows(),
                f.size() / 1048576.0, f.delimiterName(), f.header().size()));
        facts.addClassName(LumoUtility.TextColor.SECONDARY);
        var other = new Button("Choose another file", e -> reset());
        other.addThemeVariants(ButtonVariant.TERTIARY);
        fileSummary.add(name, facts, other);
        fileSummary.setVisible(true);
        upload.setVisible(false);
        if (f.earlier().isEmpty()) {
            earlier.setVisible(false);
        } else {
            ImportSummary last = f.earlier().getFirst();
            earlier.setText("This file was imported before: #" + last.id() + " into \u201c" + last.sourceName()
                    + "\u201d on " + Formats.MINUTE.format(last.startedAt()) + " by " + last.startedBy() + " ("
                    + counts(last) + "). Importing it again into the same source adds nothing new: its leads are "
                    + "skipped as duplicates.");
            earlier.setVisible(true);
        }
        buildColumns(f);
        mappingStep.setVisible(true);
        refreshMapping();
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    // ---------- step 2: mapping and preview ----------

    private void buildColumns(ImportFile f) {
        columns.removeAll();
        columnSelects.clear();
        List<String> header = f.header();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            var select = new Select<LeadField>();
            select.setLabel(header.get(i).isBlank() ? "Column " + (i + 1) : header.get(i));
            select.setItems(LeadField.values());
            select.setItemLabelGenerator(field -> field == null ? "Ignore this column" : field.label()
                    + (ImportMapping.REQUIRED.contains(field) ? " *" : ""));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Ignore this column");
            select.setValue(mapping.field(i));
            String sample = f.sample().isEmpty() || f.sample().getFirst().cells().size() <= i ? ""
                    : f.sample().getFirst().cells().get(i);
            select.setHelperText(sample.isBlank() ? "(empty in the first row)" : "e.g. " + shorten(sample, 40));
            select.addValueChangeListener(e -> {
                mapping = mapping.with(column, e.getValue());
                refreshMapping();
            });
            select.setWidthFull();
            columnSelects.add(select);
            columns.add(select);
        }
    }

    private void refreshMapping() {
        ImportFile f = file;
        if (f == null) {
            return;
        }
        Map<Integer, String> duplicates = mapping.duplicates(f.header());
        for (int i = 0; i < columnSelects.size(); i++) {
            Select<LeadField> select = columnSelects.get(i);
            String problem = duplicates.get(i);
            select.setErrorMessage(problem);
            select.setInvalid(problem != null);
        }
        String problem = mapping.problem(f.header());
        mappingProblem.setText(problem == null ? "" : problem);
        mappingProblem.setVisible(problem != null);
        importButton.setEnabled(problem == null);
        importButton.setText(String.format("Import %,d row%s", f.rows(), f.rows() == 1 ? "" : "s"));
        importButton.setTooltipText(problem == null ? "" : problem);
        buildPreview(f);
    }

    private void buildPreview(ImportFile f) {
        List<PreviewRow> rows = imports.preview(f, mapping);
        preview.removeAllColumns();
        preview.addColumn(PreviewRow::line).setHeader("Line").setWidth("4.5rem").setFlexGrow(0);
        preview.addComponentColumn(row -> {
            var badge = new Badge(row.valid() ? "Ready" : "Rejected");
            badge.addThemeVariants(row.valid() ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
            return badge;
        }).setHeader("Check").setKey("check").setWidth("6.5rem").setFlexGrow(0);
        preview.addColumn(row -> String.join(" ", row.problems())).setHeader("Why it would be rejected")
                .setKey("problems").setWidth("18rem").setFlexGrow(0).setResizable(true)
                .setTooltipGenerator(row -> String.join(" ", row.problems()));
        for (int i = 0; i < f.header().size(); i++) {
            LeadField field = mapping.field(i);
            if (field == null) {
                continue;
            }
            int column = i;
            preview.addColumn(row -> column < row.cells().size() ? row.cells().get(column) : "")
                    .setHeader(field.label()).setKey("column-" + column).setAutoWidth(true).setResizable(true)
                    .setTooltipGenerator(row -> column < row.cells().size() ? row.cells().get(column) : "");
        }
        preview.setItems(rows);
        long ready = rows.stream().filter(PreviewRow::valid).count();
        previewSummary.setText(String.format("Preview of the first %d rows: %d ready, %d would be rejected. The "
                + "import checks every row the same way.", rows.size(), ready, rows.size() - ready));
    }

    // ---------- step 3: import ----------

    private void startImport() {
        ImportFile f = file;
        if (f == null) {
            return;
        }
        LeadSourceSummary chosen = source.getValue();
        importButton.setEnabled(true); // disabled by the click; a refusal below leaves it usable
        if (chosen == null) {
            source.setErrorMessage("Choose the source these leads come from.");
            source.setInvalid(true);
            source.focus();
            return;
        }
        ImportSummary started;
        try {
            started = imports.start(chosen.id(), f, mapping);
        } catch (LeadException e) {
            if ("source".equals(e.field())) {
                source.setErrorMessage(e.getMessage());
                source.setInvalid(true);
            } else {
                Notifications.error(e.getMessage());
            }
            return;
        }
        file = null; // the import owns (and deletes) the file now
        reset();
        show(started);
        Notifications.success(String.format("Import #%d started: %,d rows into \u201c%s\u201d.", started.id(),
                started.totalRows(), started.sourceName()));
        recent.getDataProvider().refreshAll();
    }

    private void show(ImportSummary summary) {
        LeadImportProgress card = cardsById.get(summary.id());
        if (card == null) {
            card = new LeadImportProgress(imports, summary, () -> dismiss(summary.id()));
            cardsById.put(summary.id(), card);
            cards.addComponentAsFirst(card);
        } else {
            card.update(summary);
        }
        progressStep.setVisible(true);
    }

    private void dismiss(long id) {
        LeadImportProgress card = cardsById.remove(id);
        if (card != null) {
            cards.remove(card);
        }
        progressStep.setVisible(!cardsById.isEmpty());
    }

    /** Back to step 1, keeping the chosen source; a file not imported is deleted. */
    private void reset() {
        discardFile();
        mappingStep.setVisible(false);
        fileSummary.setVisible(false);
        fileError.setVisible(false);
        upload.clearFileList();
        upload.setVisible(true);
        columns.removeAll();
        columnSelects.clear();
    }

    private void discardFile() {
        ImportFile f = file;
        file = null;
        if (f != null) {
            deleteQuietly(f.path());
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file; the system's temp cleaning removes it
        }
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replace('\n', ' ').strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    // ---------- live progress (server push) ----------

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        // Coming back to the screen: imports still running are shown with their progress.
        imports.recent(0, 20).stream().filter(ImportSummary::running).forEach(this::show);
        unsubscribe = imports.subscribe(summary -> ui.access(() -> progressed(summary)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        discardFile();
        super.onDetach(event);
    }

    private void progressed(ImportSummary summary) {
        if (summary.running() || cardsById.containsKey(summary.id())) {
            show(summary);
        }
        long now = System.nanoTime();
        if (!summary.running() || now - lastGridRefresh > GRID_REFRESH_NANOS) {
            lastGridRefresh = now;
            recent.getDataProvider().refreshAll();
        }
    }
}
