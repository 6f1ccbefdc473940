package com.porchlight.segment;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A live count running on the database. {@link #cancel()} stops the query on the server (the JDBC driver sends KILL
 * QUERY on a second connection), so a newer edit in the builder never waits behind, or competes with, an older one.
 */
public final class PendingCount {

    private final CompletableFuture<SegmentCount> result = new CompletableFuture<>();
    private final AtomicReference<@Nullable Statement> statement = new AtomicReference<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    PendingCount() {
    }

    /** Completes with the count, or exceptionally (cancelled, or the database failed). */
    public CompletableFuture<SegmentCount> result() {
        return result;
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            result.cancel(false);
            Statement running = statement.get();
            if (running != null) {
                try {
                    running.cancel();
                } catch (SQLException ignored) {
                    // Finished or closed meanwhile: nothing left to stop.
                }
            }
        }
    }

    /** Called by the worker once the statement exists; false when cancelled before it could start. */
    boolean running(Statement s) {
        statement.set(s);
        return !cancelled.get();
    }

    void finished() {
        statement.set(null);
    }
}
