package com.porchlight.scoring;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The current {@link LeadSnapshot}: loaded in the background at start-up, reloaded in the background when a what-if
 * finds it older than {@code porchlight.scoring.snapshot-max-age} (default five minutes) — the what-if meanwhile uses
 * the one it has and says "as of" when. Without background work (tests: {@code porchlight.scoring.background=false})
 * every use reads the database afresh, so a test sees what it just wrote.
 */
@Component
class LeadSnapshots {

    private static final Logger log = LoggerFactory.getLogger(LeadSnapshots.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration maxAge;
    private final boolean background;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lead-snapshot");
        t.setDaemon(true);
        return t;
    });
    private volatile @Nullable LeadSnapshot current;
    private @Nullable CompletableFuture<LeadSnapshot> loading;

    LeadSnapshots(DataSource dataSource, Clock clock,
            @Value("${porchlight.scoring.snapshot-max-age:PT5M}") Duration maxAge,
            @Value("${porchlight.scoring.background:true}") boolean background) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxAge = maxAge;
        this.background = background;
    }

    @PreDestroy
    void stop() {
        loader.shutdownNow();
    }

    /** Starts loading in the background (at start-up), unless background work is off. */
    void warmUp() {
        if (background) {
            reload();
        }
    }

    /** A snapshot to compute with: the current one if fresh enough, else a new one (waited for only if there is none). */
    LeadSnapshot get() {
        LeadSnapshot s = current;
        if (!background) {
            return load();
        }
        if (s == null) {
            return await(reload());
        }
        if (Duration.between(s.asOf, clock.instant()).compareTo(maxAge) > 0) {
            reload();
        }
        return s;
    }

    /** Drops the snapshot and loads a new one now (the benchmark measures this). */
    LeadSnapshot loadNow() {
        LeadSnapshot s = load();
        current = s;
        return s;
    }

    private synchronized CompletableFuture<LeadSnapshot> reload() {
        if (loading == null || loading.isDone()) {
            loading = CompletableFuture.supplyAsync(() -> {
                LeadSnapshot s = load();
                current = s;
                return s;
            }, loader);
        }
        return loading;
    }

    private LeadSnapshot load() {
        try {
            LeadSnapshot s = LeadSnapshot.load(dataSource, clock.instant());
            log.info("Scoring snapshot: {} leads, {} events in {} ms, ~{} MB", s.size, s.events(), s.loadMillis,
                    s.bytes() >> 20);
            return s;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the leads for the what-if: " + e.getMessage(), e);
        }
    }

    private static LeadSnapshot await(CompletableFuture<LeadSnapshot> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the leads", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Nullable Instant asOf() {
        LeadSnapshot s = current;
        return s == null ? null : s.asOf;
    }
}
