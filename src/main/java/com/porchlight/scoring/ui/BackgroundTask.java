package com.porchlight.scoring.ui;

import com.porchlight.scoring.ScoringException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the screen must not wait for (a what-if over every lead, a backtest): each request restarts a short pause, then
 * runs on a virtual thread as the signed-in user and pushes its result ({@code @Push}). Only the newest request's
 * result is ever shown, and at most one runs at a time per screen — a burst of edits costs the database one query
 * running and one waiting, never a pile of them.
 */
final class BackgroundTask<T> {

    /** Where the result is shown; called with the screen locked. */
    interface Display<T> {
        void running();

        void done(T result);

        void failed(String message);
    }

    private static final Executor VIRTUAL = task -> Thread.ofVirtual().name("scoring-analysis").start(task);

    private final UI ui;
    private final Duration pause;
    private final Display<T> display;
    // Guarded by this: the screen (request, stop, startNow), the pause's timer and the worker all touch it.
    private long generation;
    private @Nullable Supplier<T> wanted;
    private @Nullable SecurityContext wantedBy;
    private @Nullable CompletableFuture<Void> timer;
    /** The waiting request has had its pause and starts as soon as the running one ends. */
    private boolean ready;
    private boolean busy;
    private CompletableFuture<Void> shown = CompletableFuture.completedFuture(null);

    BackgroundTask(UI ui, Duration pause, Display<T> display) {
        this.ui = ui;
        this.pause = pause;
        this.display = display;
    }

    /** Runs {@code work} after the pause, superseding whatever was asked before. Call with the screen locked. */
    void request(Supplier<T> work) {
        long gen;
        synchronized (this) {
            cancelTimer();
            shown.complete(null);
            gen = ++generation;
            wanted = work;
            // The worker runs as the person who asked (method security checks every service call).
            wantedBy = SecurityContextHolder.getContext();
            ready = false;
            shown = new CompletableFuture<>();
        }
        display.running();
        if (pause.isZero()) {
            start(gen);
            return;
        }
        var t = new CompletableFuture<Void>();
        synchronized (this) {
            timer = t;
        }
        CompletableFuture.delayedExecutor(pause.toMillis(), TimeUnit.MILLISECONDS, VIRTUAL).execute(() -> {
            if (!t.isCancelled()) {
                start(gen);
            }
        });
    }

    /** Forgets the waiting request and any result still to come (an invalid draft, leaving the screen). */
    synchronized void stop() {
        cancelTimer();
        generation++;
        wanted = null;
        wantedBy = null;
        ready = false;
        shown.complete(null);
    }

    /**
     * Starts the waiting request now instead of after the pause. The returned future completes once the newest
     * result has been handed to the screen's queue ({@code UI.access}); tests wait for it, then run that queue.
     */
    CompletableFuture<?> startNow() {
        long gen;
        CompletableFuture<?> result;
        synchronized (this) {
            cancelTimer();
            gen = generation;
            result = shown;
        }
        start(gen);
        return result;
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** Starts the request of generation {@code gen}, unless a newer one replaced it or one is still running. */
    private void start(long gen) {
        Supplier<T> work;
        SecurityContext user;
        CompletableFuture<Void> done;
        synchronized (this) {
            if (gen != generation || wanted == null) {
                return;
            }
            if (busy) {
                ready = true; // the running one hands over when it ends
                return;
            }
            work = wanted;
            user = wantedBy;
            done = shown;
            wanted = null;
            wantedBy = null;
            ready = false;
            busy = true;
        }
        CompletableFuture.runAsync(() -> run(gen, work, user, done), VIRTUAL);
    }

    private void run(long gen, Supplier<T> work, @Nullable SecurityContext user, CompletableFuture<Void> done) {
        T result = null;
        String failure = null;
        if (user != null) {
            SecurityContextHolder.setContext(user);
        }
        try {
            result = work.get();
        } catch (ScoringException e) {
            failure = e.getMessage();
        } catch (RuntimeException e) {
            failure = "It could not be finished: " + message(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
        T r = result;
        String f = failure;
        boolean current;
        long next;
        synchronized (this) {
            busy = false;
            current = gen == generation;
            next = ready && wanted != null ? generation : -1;
        }
        if (current) {
            access(() -> {
                synchronized (this) {
                    if (gen != generation) {
                        return; // a newer edit came while this result waited for the screen
                    }
                }
                if (f == null) {
                    display.done(r);
                } else {
                    display.failed(f);
                }
            });
            done.complete(null);
        } else {
            done.complete(null);
            if (next >= 0) {
                start(next);
            }
        }
    }

    private void access(Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // The screen was closed meanwhile: nobody is waiting for this result.
        }
    }

    private static String message(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
    }
}
