package com.porchlight.lead.imports;

import com.porchlight.audit.AuditLog;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadField;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.porchlight.lead.LeadValidator;
import com.porchlight.lead.LeadWriter;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import jakarta.annotation.PreDestroy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV import of leads for marketers and administrators: a file is inspected (read once, end to end: header, rows,
 * SHA-256), previewed with a column mapping, then imported on a worker thread while the person keeps working. Every
 * row goes through the intake API's validator and writer, so the same leads are accepted, de-duplicated and routed
 * the same way; rejected rows are kept with their line number for a downloadable error report.
 */
@Service
public class LeadImportService {

    /** The largest file the import takes. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 10;
    static final String AUDIT_CATEGORY = "LEAD_IMPORT";
    /** Imports running at once; more wait their turn (the machine has few cores and one database). */
    private static final int WORKERS = 2;

    private final LeadSourceService sources;
    private final ImportRecords records;
    private final ImportRunner runner;
    private final ImportProgress progress;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;
    private final LeadValidator validator;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS,
            Thread.ofPlatform().name("lead-import-", 1).daemon(true).factory());

    LeadImportService(LeadSourceService sources, ImportRecords records, ImportRunner runner, ImportProgress progress,
            TransactionTemplate tx, AuditLog audit, Clock clock) {
        this.sources = sources;
        this.records = records;
        this.runner = runner;
        this.progress = progress;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.validator = new LeadValidator(clock);
    }

    static String auditSubject(long id) {
        return "Lead import #" + id;
    }

    /**
     * Reads an uploaded file from end to end without importing anything: checks it is CSV text with a header that
     * names lead fields and at least one row, counts its rows, keeps the first ones for the preview and computes its
     * SHA-256 (to recognise a file imported before).
     *
     * @throws ImportFileException with a message for the person when the file cannot be imported at all
     */
    @PreAuthorize(Roles.HAS_MARKETER_OR_ADMIN)
    public ImportFile inspect(Path file, String fileName) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportFileException(tooBig(size));
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> header;
            List<CsvRecord> sample = new ArrayList<>();
            long rows = 0;
            long lastLine;
            char delimiter;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha);
                    CsvReader csv = CsvReader.open(in)) {
                header = csv.header();
                delimiter = csv.delimiter();
                lastLine = csv.headerLine();
                if (!FieldMatcher.autoMap(header).mapsAnything()) {
                    throw new ImportFileException(noFieldNamed(header));
                }
                for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                    lastLine = record.line();
                    if (record.isBlank()) {
                        continue;
                    }
                    rows++;
                    if (sample.size() < PREVIEW_ROWS) {
                        sample.add(record);
                    }
                }
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (rows == 0) {
                throw new ImportFileException("The file has a header line but no leads below it (it ends on line "
                        + lastLine + "). Add the leads, one per line, under the header.");
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            return new ImportFile(file, fileName, size, hex, delimiter, header, rows, List.copyOf(sample),
                    FieldMatcher.autoMap(header), records.withSha(hex, 5).stream().map(progress::merge).toList());
        } catch (IOException e) {
            throw new ImportFileException("The uploaded file could not be read (" + e.getMessage() + "). Upload it "
                    + "again.");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The file's first rows as the import would see them with this mapping: values, and why a row would fail. */
    @PreAuthorize(Roles.HAS_MARKETER_OR_ADMIN)
    public List<PreviewRow> preview(ImportFile file, ImportMapping mapping) {
        List<PreviewRow> rows = new ArrayList<>(file.sample().size());
        int columns = file.header().size();
        for (CsvRecord record : file.sample()) {
            String problem = ImportRunner.check(record, columns);
            List<String> problems;
            if (problem != null) {
                problems = List.of(problem);
            } else {
                problems = validator.validate(ImportRunner.fields(record, mapping)).errors().stream()
                        .map(e -> e.message()).toList();
            }
            rows.add(new PreviewRow(record.line(), record.cells(), problems));
        }
        return rows;
    }

    /**
     * Starts importing the inspected file into the source, on a worker thread, and returns at once. The import owns
     * the file from here on and deletes it when done. Audited when it starts and when it ends.
     *
     * @throws LeadException when the mapping is incomplete or the source is inactive (nothing is started)
     */
    @PreAuthorize(Roles.HAS_MARKETER_OR_ADMIN)
    public ImportSummary start(long sourceId, ImportFile file, ImportMapping mapping) {
        if (mapping.columns().size() != file.header().size()) {
            throw new LeadException("The mapping does not fit the file's " + file.header().size() + " columns.");
        }
        String problem = mapping.problem(file.header());
        if (problem != null) {
            throw new LeadException(problem);
        }
        if (!Files.isRegularFile(file.path())) {
            throw new LeadException("The uploaded file is gone (it is kept only until it is imported). Upload it "
                    + "again.");
        }
        LeadSourceSummary source = sources.get(sourceId);
        if (!source.active()) {
            throw new LeadException("source", "The lead source \"" + source.name() + "\" is inactive: it does not "
                    + "accept leads. Choose another source, or ask an administrator to reactivate it.");
        }
        Authentication actor = Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication());
        String who = CurrentUser.nameOrSystem();
        long id = Objects.requireNonNull(tx.execute(status -> {
            long created = records.create(sourceId, file.fileName(), file.sha256(), file.rows(), who, clock.instant());
            audit.record(AUDIT_CATEGORY, auditSubject(created), String.format("Started: %s (%,d rows, %,d bytes, "
                    + "SHA-256 %s) into \"%s\"; columns: %s.", file.fileName(), file.rows(), file.size(),
                    file.sha256(), source.name(), describe(mapping, file.header())));
            return created;
        }));
        var provenance = new LeadWriter.Provenance(sourceId, source.assignment(), who,
                ImportRecords.cut("CSV import #" + id + " (" + file.fileName() + ")", 254), id);
        progress.update(id, 0, 0, file.size());
        try {
            workers.execute(() -> runner.run(new ImportRunner.Job(id, provenance, file, mapping, actor)));
        } catch (RejectedExecutionException e) {
            progress.end(id);
            tx.executeWithoutResult(s -> {
                records.finish(id, ImportStatus.FAILED, "The application is shutting down; nothing was imported.",
                        clock.instant());
                audit.record(AUDIT_CATEGORY, auditSubject(id), "Failed: the application is shutting down.");
            });
        }
        return get(id);
    }

    @PreAuthorize(Roles.HAS_MARKETER_OR_ADMIN)
    public ImportSummary get(long id) {
        return records.find(id).map(progress::merge).orElseThrow(() -> new LeadException(
                "This import no longer exists."));
    }

    /** Imports, newest first, a page at a time (running ones with their live progress). */
    @PreAuthorize(Roles.HAS_MARKETER_OR_ADMIN)
    public List<ImportSummary> recent(int offset, int limit) {
        return records.page(offset, Math.min(limit, 500)).stream().map(progress::merge).toList();
    }

    /**
     * Hears about every import's progress and end (on the import's worker thread: a screen must hand the update to
     * its own UI). Returns what to call to stop listening.
     */
    @PreAuthorize(Roles.HAS_MARKETER_OR_ADMIN)
    public Runnable subscribe(Consumer<ImportSummary> listener) {
        return progress.subscribe(listener);
    }

    /**
     * Writes the import's rejected rows as CSV (UTF-8 with a byte-order mark, for spreadsheets): line number, reason,
     * and the row as it was in the file. Cells a spreadsheet would evaluate as formulas are neutralised.
     */
    @PreAuthorize(Roles.HAS_MARKETER_OR_ADMIN)
    public void writeErrorReport(long id, OutputStream out) {
        records.find(id).orElseThrow(() -> new LeadException("This import no longer exists."));
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writer.write('\uFEFF');
            CsvCells.writeRow(writer, List.of("Line", "Reason", "Row as in the file"));
            records.writeErrors(id, writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        // Running imports notice the interrupt after their current batch and record that they stopped.
        workers.shutdownNow();
        workers.awaitTermination(20, TimeUnit.SECONDS);
    }

    private static String describe(ImportMapping mapping, List<String> header) {
        List<String> mapped = new ArrayList<>();
        int ignored = 0;
        for (int i = 0; i < header.size(); i++) {
            LeadField field = mapping.field(i);
            if (field == null) {
                ignored++;
            } else {
                mapped.add("\"" + header.get(i) + "\" → " + field.key());
            }
        }
        return String.join(", ", mapped) + (ignored == 0 ? "" : "; " + ignored + " ignored");
    }

    static String tooBig(long size) {
        return String.format("The file is %.1f MB; the import takes files up to %d MB. Split it into smaller files "
                + "(each with the header line) and import them one after the other.", size / 1048576.0,
                MAX_FILE_BYTES / 1048576);
    }

    private static String noFieldNamed(List<String> header) {
        List<String> shown = header.stream().filter(h -> !h.isBlank()).limit(5).map(h -> "\"" + h + "\"").toList();
        return "None of the file's " + header.size() + " column headers (" + String.join(", ", shown)
                + (header.size() > shown.size() ? ", …" : "") + ") names a lead field, so nothing can be imported. "
                + "The first line must name the columns, e.g. First name, Last name, Email, Phone, State, Loan "
                + "purpose (or the intake API's names: firstName, lastName, email, …).";
    }
}
