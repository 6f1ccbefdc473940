package com.porchlight.lead.imports;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the running imports of this application have read so far (the database only knows committed batches), and
 * who wants to hear about it: open import screens, which push it to their browsers.
 */
@Component
class ImportProgress {

    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

    private record Live(long processed, long bytesRead, long fileSize) {
    }

    private final Map<Long, Live> live = new ConcurrentHashMap<>();
    private final List<Consumer<ImportSummary>> listeners = new CopyOnWriteArrayList<>();

    void update(long id, long processed, long bytesRead, long fileSize) {
        live.put(id, new Live(processed, bytesRead, fileSize));
    }

    void end(long id) {
        live.remove(id);
    }

    boolean isLive(long id) {
        return live.containsKey(id);
    }

    ImportSummary merge(ImportSummary summary) {
        Live now = live.get(summary.id());
        return now == null ? summary : summary.withProgress(now.processed(), now.bytesRead(), now.fileSize());
    }

    Runnable subscribe(Consumer<ImportSummary> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void publish(ImportSummary summary) {
        for (Consumer<ImportSummary> listener : listeners) {
            try {
                listener.accept(summary);
            } catch (RuntimeException e) {
                // A closed tab must not stop the import or the other listeners.
                log.debug("Import progress listener failed", e);
            }
        }
    }
}
