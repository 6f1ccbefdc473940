package com.porchlight.segment.ui;

import com.porchlight.segment.PendingCount;
import com.porchlight.segment.SegmentCount;
import com.porchlight.segment.SegmentException;
import com.porchlight.segment.SegmentService;
import com.porchlight.segment.rule.RuleGroup;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The builder's live count. Each edit restarts a short pause; when it ends, the previous count is cancelled on the
 * database and the new one starts in the background. Its result is pushed to the screen ({@code @Push}) only if no
 * newer edit came meanwhile, so the screen never waits for the database and never shows an outdated number.
 */
final class SegmentLiveCount {

    /** How long the rule must stay unchanged before it is counted: a burst of clicks costs one query. */
    static final Duration PAUSE = Duration.ofMillis(300);

    /** The pause's timer hands over to a virtual thread, which only queues work for the screen. */
    private static final Executor VIRTUAL = task -> Thread.ofVirtual().name("segment-live-count").start(task);

    /** Where the count is shown; called with the screen locked. */
    interface Display {
        void counting();

        void counted(RuleGroup rule, SegmentCount count);

        void failed(String message);
    }

    private final SegmentService segments;
    private final UI ui;
    private final Display display;
    private long generation;
    private long started = -1;
    private @Nullable RuleGroup wanted;
    private @Nullable CompletableFuture<Void> pause;
    private @Nullable PendingCount pending;
    private CompletableFuture<?> shown = CompletableFuture.completedFuture(null);

    SegmentLiveCount(SegmentService segments, UI ui, Display display) {
        this.segments = segments;
        this.ui = ui;
        this.display = display;
    }

    /** Counts this rule after the pause, cancelling whatever was waiting or running. */
    void request(RuleGroup rule) {
        stop();
        long gen = ++generation;
        wanted = rule;
        shown = CompletableFuture.completedFuture(null);
        display.counting();
        var timer = new CompletableFuture<Void>();
        pause = timer;
        CompletableFuture.delayedExecutor(PAUSE.toMillis(), TimeUnit.MILLISECONDS, VIRTUAL).execute(() -> {
            if (!timer.isCancelled()) {
                access(() -> start(gen));
            }
        });
    }

    /** Cancels the waiting and the running count (a newer edit, an invalid rule, leaving the screen). */
    void stop() {
        generation++;
        wanted = null;
        if (pause != null) {
            pause.cancel(false);
            pause = null;
        }
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /**
     * Starts the waiting count now instead of after the pause. The returned future completes once the result has been
     * handed to the screen's queue ({@code UI.access}); tests wait for it, then run that queue.
     */
    CompletableFuture<?> startNow() {
        if (pause != null) {
            pause.cancel(false);
        }
        start(generation);
        return shown;
    }

    private void start(long gen) {
        RuleGroup rule = wanted;
        if (gen != generation || started == gen || rule == null) {
            return;
        }
        started = gen;
        PendingCount count;
        try {
            count = segments.countLive(rule);
        } catch (SegmentException e) {
            display.failed(e.getMessage());
            return;
        }
        pending = count;
        shown = count.result().handle((result, error) -> {
            access(() -> {
                if (gen != generation) {
                    return; // a newer edit has taken over
                }
                pending = null;
                if (error == null) {
                    display.counted(rule, result);
                } else if (!(unwrap(error) instanceof CancellationException)) {
                    display.failed("The count could not be finished: " + message(unwrap(error)));
                }
            });
            return null;
        });
    }

    private void access(Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // The screen was closed meanwhile: nobody is waiting for this count.
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
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
