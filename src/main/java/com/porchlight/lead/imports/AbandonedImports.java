package com.porchlight.lead.imports;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An import runs on a worker thread of one application; if that application stopped mid-import, its row would say
 * "running" for ever. At start-up such imports are marked failed (their committed batches stay; re-running the file
 * skips them as duplicates). Assumes one application per database, as the embedded and docker setups are.
 */
@Component
class AbandonedImports {

    private static final Logger log = LoggerFactory.getLogger(AbandonedImports.class);

    private final ImportRecords records;
    private final Clock clock;

    AbandonedImports(ImportRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandoned() {
        int n = records.failAbandoned("The application stopped during the import. The leads of the batches written "
                + "before are imported; import the file again to add the rest (rows already imported are skipped as "
                + "duplicates).", clock.instant());
        if (n > 0) {
            log.warn("Marked {} lead import(s) left running by a previous run as failed", n);
        }
    }
}
