package com.porchlight.lead.imports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One import as the screens show it. Counts are those committed to the database; while the import runs in this
 * application, {@code processedRows} and {@code bytesRead} say how far into the file the committed batches reach.
 *
 * @param totalRows data rows in the file (blank lines not counted)
 * @param fileSize bytes of the file; 0 when the import no longer runs in this application (only the counts remain)
 * @param message why the import failed, or null
 */
public record ImportSummary(long id, long sourceId, String sourceName, String fileName, String fileSha256,
        ImportStatus status, long totalRows, long processedRows, long imported, long duplicates, long rejected,
        long bytesRead, long fileSize, @Nullable String message, String startedBy, Instant startedAt,
        @Nullable Instant finishedAt) {

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }

    /** Share of the rows done, 0 to 1. */
    public double fraction() {
        if (status == ImportStatus.FINISHED) {
            return 1;
        }
        return totalRows <= 0 ? 0 : Math.min(1, (double) processedRows / totalRows);
    }

    ImportSummary withProgress(long processed, long read, long size) {
        return new ImportSummary(id, sourceId, sourceName, fileName, fileSha256, status, totalRows,
                Math.max(processed, processedRows), imported, duplicates, rejected, read, size, message, startedBy,
                startedAt, finishedAt);
    }
}
