package com.porchlight.lead.imports;

import com.porchlight.audit.AuditLog;
import com.porchlight.lead.FieldError;
import com.porchlight.lead.LeadData;
import com.porchlight.lead.LeadField;
import com.porchlight.lead.LeadScoring;
import com.porchlight.lead.LeadValidator;
import com.porchlight.lead.LeadWriter;
import com.porchlight.security.LicensedLoanOfficer;
import com.porchlight.security.LoanOfficerDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import on a worker thread: reads the file once, validates every row with the intake API's validator, and
 * writes the valid ones with {@link LeadWriter} in batches of {@link LeadWriter#BATCH}. Each batch — its leads, its
 * rejected rows and the import's counts — commits in its own transaction, so a failure keeps every earlier batch and
 * never leaves half a batch behind. The worker acts as the person who started the import (audit, provenance). When
 * it ends, the imported leads are scored in the background ({@link LeadScoring#scoreImport}): the import is reported
 * finished without waiting for their scores.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    /** Browsers are told about progress at most this often. */
    private static final long PUBLISH_EVERY_NANOS = 250_000_000L;

    /** Everything a worker needs; {@code actor} is the signed-in person who started it. */
    record Job(long id, LeadWriter.Provenance provenance, ImportFile file, ImportMapping mapping,
            Authentication actor) {
    }

    /** Who leads are routed to, read once per import rather than once per batch. */
    private record Routing(List<LicensedLoanOfficer> officers) {
    }

    private static final class Totals {
        long processed;
        long imported;
        long duplicates;
        long rejected;
        /** First line of the batch being written, for the failure message; -1 while none is. */
        long writingFrom = -1;
    }

    /**
     * Rows read since the previous batch, handed from the reader thread to the writer: parsing and validating the next
     * batch overlaps with writing this one, so the database, the slow part, never waits for the file.
     */
    private static final class Batch {
        final List<LeadData> leads = new ArrayList<>(LeadWriter.BATCH);
        final List<ImportRecords.Rejection> rejections = new ArrayList<>();
        long firstLine = -1;
        /** Rows read from the start of the file up to the end of this batch, and bytes. */
        long rowsRead;
        long bytesRead;
        boolean last;
        @Nullable Throwable failure;

        boolean full() {
            return leads.size() >= LeadWriter.BATCH || rejections.size() >= LeadWriter.BATCH;
        }

        boolean isEmpty() {
            return leads.isEmpty() && rejections.isEmpty();
        }
    }

    /** The reader failed: the file could not be read to the end. */
    private static final class ReadFailure extends Exception {
        ReadFailure(Throwable cause) {
            super(cause);
        }
    }

    private final LeadWriter writer;
    private final LoanOfficerDirectory directory;
    private final ImportRecords records;
    private final ImportProgress progress;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;
    private final LeadValidator validator;
    private final ObjectProvider<LeadScoring> scoring;

    ImportRunner(LeadWriter writer, LoanOfficerDirectory directory, ImportRecords records, ImportProgress progress,
            TransactionTemplate tx, AuditLog audit, Clock clock, ObjectProvider<LeadScoring> scoring) {
        this.writer = writer;
        this.directory = directory;
        this.records = records;
        this.progress = progress;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.validator = new LeadValidator(clock);
        this.scoring = scoring;
    }

    void run(Job job) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(job.actor());
        SecurityContextHolder.setContext(context);
        var totals = new Totals();
        long started = System.nanoTime();
        try {
            readAndWrite(job, new Routing(directory.enabledLoanOfficers()), totals);
            log.info("Lead import #{}: {} rows in {} ms ({} imported, {} duplicates, {} rejected)", job.id(),
                    totals.processed, (System.nanoTime() - started) / 1_000_000, totals.imported, totals.duplicates,
                    totals.rejected);
            finish(job, ImportStatus.FINISHED, null, totals);
        } catch (Exception | LinkageError e) {
            Throwable cause = e instanceof ReadFailure ? e.getCause() : e;
            String where = totals.writingFrom > 0 ? "at the rows from line " + totals.writingFrom
                    : "while reading the file";
            String why = cause instanceof InterruptedException || cause instanceof InterruptedIOException
                    ? "the application was stopped" : rootMessage(cause);
            log.warn("Lead import #{} failed {}", job.id(), where, cause);
            finish(job, ImportStatus.FAILED, "Stopped " + where + ": " + why + ". The leads of earlier batches ("
                    + String.format("%,d", totals.imported) + ") are imported; nothing of the failed batch was "
                    + "written. "
                    + "Import the file again once the cause is fixed: rows already imported are skipped as duplicates.",
                    totals);
        } finally {
            progress.end(job.id());
            publish(job.id());
            // A failed import keeps its earlier batches: those leads are scored too.
            score(job.id(), totals.imported);
            try {
                Files.deleteIfExists(job.file().path());
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file {}", job.file().path(), e);
            }
            SecurityContextHolder.clearContext();
        }
    }

    /** Writes the batches the reader thread hands over, each in its own transaction, until the last one. */
    private void readAndWrite(Job job, Routing routing, Totals totals) throws Exception {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2);
        var stop = new AtomicBoolean();
        Thread reader = Thread.ofPlatform().name(Thread.currentThread().getName() + "-reader").daemon(true)
                .start(() -> read(job, queue, stop));
        long lastPublished = System.nanoTime();
        try {
            while (true) {
                Batch batch = queue.take();
                if (batch.failure != null) {
                    throw new ReadFailure(batch.failure);
                }
                totals.writingFrom = batch.firstLine;
                flush(job, routing, batch, totals);
                totals.writingFrom = -1;
                totals.processed = batch.rowsRead;
                progress.update(job.id(), batch.rowsRead, batch.bytesRead, job.file().size());
                if (batch.last) {
                    return;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException();
                }
                if (System.nanoTime() - lastPublished > PUBLISH_EVERY_NANOS) {
                    publish(job.id());
                    lastPublished = System.nanoTime();
                }
            }
        } finally {
            stop.set(true);
            reader.interrupt();
        }
    }

    /** The reader thread: parses and validates the file, handing over a batch whenever one is full. */
    private void read(Job job, BlockingQueue<Batch> queue, AtomicBoolean stop) {
        int columns = job.file().header().size();
        long rows = 0;
        var batch = new Batch();
        try (InputStream in = Files.newInputStream(job.file().path()); CsvReader csv = CsvReader.open(in)) {
            if (!csv.header().equals(job.file().header())) {
                throw new ImportFileException("the file changed after it was previewed");
            }
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                if (record.isBlank()) {
                    continue;
                }
                rows++;
                if (batch.firstLine < 0) {
                    batch.firstLine = record.line();
                }
                String reason = check(record, columns);
                if (reason == null) {
                    var result = validator.validate(fields(record, job.mapping()));
                    if (result.isValid()) {
                        batch.leads.add(Objects.requireNonNull(result.lead()));
                    } else {
                        reason = reasons(result.errors());
                    }
                }
                if (reason != null) {
                    batch.rejections.add(new ImportRecords.Rejection(record.line(), reason,
                            csv.format(record.cells())));
                }
                if (batch.full()) {
                    batch.rowsRead = rows;
                    batch.bytesRead = csv.bytesRead();
                    if (!hand(queue, batch, stop)) {
                        return;
                    }
                    batch = new Batch();
                }
            }
            batch.rowsRead = rows;
            batch.bytesRead = csv.bytesRead();
            batch.last = true;
            hand(queue, batch, stop);
        } catch (Exception | LinkageError e) {
            var failed = new Batch();
            failed.failure = e;
            failed.last = true;
            try {
                hand(queue, failed, stop);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Hands a batch to the writer, waiting while it is busy; false when the writer has stopped. */
    private static boolean hand(BlockingQueue<Batch> queue, Batch batch, AtomicBoolean stop)
            throws InterruptedException {
        while (!stop.get()) {
            if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /** Why a record cannot be read as a lead at all, before validation; null when it can. */
    static @Nullable String check(CsvRecord record, int columns) {
        if (record.problem() != null) {
            return capitalise(record.problem());
        }
        if (record.cells().size() != columns) {
            return "The row has " + record.cells().size() + " value" + (record.cells().size() == 1 ? "" : "s")
                    + " but the header has " + columns + " columns: a delimiter is missing or one too many (a value "
                    + "containing the delimiter must be in quotes).";
        }
        return null;
    }

    /** The row as the validator takes it: text keyed by {@link LeadField#key()}, ignored columns left out. */
    static Map<String, String> fields(CsvRecord record, ImportMapping mapping) {
        Map<String, String> input = new HashMap<>();
        List<String> cells = record.cells();
        for (int i = 0; i < cells.size(); i++) {
            LeadField field = mapping.field(i);
            if (field != null) {
                input.put(field.key(), cells.get(i));
            }
        }
        return input;
    }

    static String reasons(List<FieldError> errors) {
        var sb = new StringBuilder();
        for (FieldError error : errors) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(error.message());
        }
        return sb.toString();
    }

    private void flush(Job job, Routing routing, Batch batch, Totals totals) {
        if (batch.isEmpty()) {
            return;
        }
        long[] counts;
        try {
            counts = writeBatch(job, routing, batch, batch.leads, 0);
        } catch (DuplicateKeyException race) {
            // Someone else (the intake API, another import) stored one of these leads after our check: the next
            // attempt's check sees it.
            try {
                counts = writeBatch(job, routing, batch, batch.leads, 0);
            } catch (DuplicateKeyException again) {
                // The database still refuses: its collation holds two keys equal that the writer tells apart
                // ("VX-1"/"vx-1", "josé@"/"jose@"). Find the rows it accepts, then write those as the batch.
                List<LeadData> accepted = acceptedOneByOne(job, routing, batch.leads);
                counts = writeBatch(job, routing, batch, accepted, batch.leads.size() - accepted.size());
            }
        }
        totals.imported += counts[0];
        totals.duplicates += counts[1];
        totals.rejected += batch.rejections.size();
    }

    /**
     * One transaction: the leads, the batch's rejected rows and the import's counts. Returns {imported, duplicates};
     * {@code refused} rows the database already refused count as duplicates.
     */
    private long[] writeBatch(Job job, Routing routing, Batch batch, List<LeadData> leads, long refused) {
        return Objects.requireNonNull(tx.execute(status -> {
            long imported = 0;
            long duplicates = refused;
            if (!leads.isEmpty()) {
                for (LeadWriter.Written written : writer.write(job.provenance(), leads, routing.officers())) {
                    imported += written.duplicate() ? 0 : 1;
                    duplicates += written.duplicate() ? 1 : 0;
                }
            }
            records.insertErrors(job.id(), batch.rejections);
            records.addCounts(job.id(), imported, duplicates, batch.rejections.size());
            return new long[] {imported, duplicates};
        }));
    }

    /**
     * The leads the database accepts when written one after the other, found in a transaction that is then rolled
     * back (a refused insert undoes only itself in MariaDB, so the rows after it are still tried).
     */
    private List<LeadData> acceptedOneByOne(Job job, Routing routing, List<LeadData> leads) {
        List<LeadData> accepted = new ArrayList<>(leads.size());
        tx.executeWithoutResult(status -> {
            for (LeadData lead : leads) {
                try {
                    if (!writer.write(job.provenance(), List.of(lead), routing.officers()).getFirst().duplicate()) {
                        accepted.add(lead);
                    }
                } catch (DuplicateKeyException refused) {
                    // a lead the source already has, as the database compares keys
                }
            }
            status.setRollbackOnly();
        });
        return accepted;
    }

    private void finish(Job job, ImportStatus status, @Nullable String message, Totals totals) {
        try {
            tx.executeWithoutResult(s -> {
                records.finish(job.id(), status, message, clock.instant());
                audit.record(LeadImportService.AUDIT_CATEGORY, LeadImportService.auditSubject(job.id()),
                        (status == ImportStatus.FINISHED ? "Finished: " : "Failed: ") + String.format(
                                "%,d rows processed, %,d imported, %,d duplicates skipped, %,d rejected.",
                                totals.processed, totals.imported, totals.duplicates, totals.rejected)
                        + (message == null ? "" : " " + message));
            });
        } catch (RuntimeException e) {
            log.error("Could not record the end of lead import #{}", job.id(), e);
        }
    }

    private void score(long importId, long imported) {
        LeadScoring scorer = scoring.getIfAvailable();
        if (scorer == null || imported == 0) {
            return;
        }
        try {
            scorer.scoreImport(importId);
        } catch (RuntimeException e) {
            // The leads are imported either way; the hourly rescoring scores whatever this missed.
            log.warn("Could not start scoring the leads of import #{}", importId, e);
        }
    }

    private void publish(long id) {
        try {
            records.find(id).map(progress::merge).ifPresent(progress::publish);
        } catch (RuntimeException e) {
            log.warn("Could not read the progress of lead import #{}", id, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        // MariaDB's driver prefixes its connection number, which means nothing to the reader.
        message = message.strip().replaceFirst("^\\(conn=\\d+\\)\\s*", "");
        return ImportRecords.cut(message.endsWith(".") ? message.substring(0, message.length() - 1) : message, 300);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
