package com.porchlight.lead.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Streams generated leads into MariaDB with {@code LOAD DATA LOCAL INFILE}, one statement and one connection per
 * table, all four running at once: generator threads turn chunks of consecutive ids into tab-separated rows, the
 * chunks are handed on in id order (so every table, events included, is loaded sorted by lead), and each table's
 * rows flow from memory into its open LOAD DATA statement through a bounded queue. Nothing is written to disk on the
 * way.
 *
 * <p>Each table is loaded in one transaction with foreign-key and unique checks off: the generator guarantees both,
 * and on an empty table MariaDB then builds the indexes by sorting instead of row by row. The four transactions
 * commit together only when all four statements stored every row; if anything fails, all four roll back.
 */
final class BulkLoader {

    /** Opens a dedicated connection that may send local files (the application's pool never needs to). */
    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** How many rows went into each table, and how long it took. */
    record Result(long leads, long stageChanges, long consentEvents, long events, long millis) {
    }

    private static final int QUEUE_CHUNKS = 4;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BulkLoader.class);

    private final ConnectionSource connections;

    BulkLoader(ConnectionSource connections) {
        this.connections = connections;
    }

    /**
     * Generates and loads {@code count} leads with ids {@code firstId …}; {@code progress} hears the number of leads
     * handed to the database so far, after each chunk.
     */
    Result load(DemoLeadGenerator generator, long firstId, long count, int chunkSize, int generatorThreads,
            LongConsumer progress) {
        long started = System.nanoTime();
        List<LeadTables> tables = LeadTables.all();
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        Pipe[] pipes = new Pipe[tables.size()];
        AtomicLong[] rows = new AtomicLong[tables.size()];
        for (int i = 0; i < pipes.length; i++) {
            pipes[i] = new Pipe(failure);
            rows[i] = new AtomicLong();
        }
        CountDownLatch allLoaded = new CountDownLatch(tables.size());
        ExecutorService loaders = Executors.newFixedThreadPool(tables.size(), Thread.ofPlatform().daemon()
                .name("lead-load-", 0).factory());
        ExecutorService generators = Executors.newFixedThreadPool(Math.max(1, generatorThreads),
                Thread.ofPlatform().daemon().name("lead-generate-", 0).factory());
        try {
            List<Future<?>> loading = new ArrayList<>();
            for (LeadTables table : tables) {
                loading.add(loaders.submit(() -> loadTable(table, pipes[table.ordinal()], rows[table.ordinal()],
                        failure, allLoaded)));
            }
            Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
            long done = 0;
            int window = Math.max(2, generatorThreads * 2);
            for (long start = 0; start < count && failure.get() == null; start += chunkSize) {
                long from = firstId + start;
                int size = (int) Math.min(chunkSize, count - start);
                inFlight.add(generators.submit(() -> chunk(generator, from, size)));
                if (inFlight.size() >= window) {
                    done += handOn(inFlight.removeFirst(), pipes, rows);
                    progress.accept(done);
                }
            }
            while (!inFlight.isEmpty() && failure.get() == null) {
                done += handOn(inFlight.removeFirst(), pipes, rows);
                progress.accept(done);
            }
            for (Pipe pipe : pipes) {
                if (failure.get() == null) {
                    pipe.finish();
                } else {
                    pipe.abort();
                }
            }
            for (Future<?> f : loading) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
        } finally {
            for (Pipe pipe : pipes) {
                if (failure.get() != null) {
                    pipe.abort();
                }
            }
            generators.shutdownNow();
            loaders.shutdown();
            try {
                loaders.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("Loading the generated leads failed, nothing was stored: "
                    + rootMessage(t), t);
        }
        return new Result(rows[LeadTables.LEADS.ordinal()].get(), rows[LeadTables.STAGE_CHANGES.ordinal()].get(),
                rows[LeadTables.CONSENT.ordinal()].get(), rows[LeadTables.EVENTS.ordinal()].get(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One chunk of consecutive leads as rows of each table, with the row counts. */
    private record Chunk(byte[][] bytes, long[] rows) {
    }

    private static Chunk chunk(DemoLeadGenerator generator, long from, int size) {
        TsvRows[] out = {new TsvRows(size * 480), new TsvRows(size * 200), new TsvRows(size * 500),
            new TsvRows(size * 700)};
        for (int i = 0; i < size; i++) {
            LeadTables.write(generator.lead(from + i), out);
        }
        byte[][] bytes = new byte[out.length][];
        long[] rows = new long[out.length];
        for (int i = 0; i < out.length; i++) {
            bytes[i] = out[i].toBytes();
            rows[i] = out[i].rows();
        }
        return new Chunk(bytes, rows);
    }

    private static long handOn(Future<Chunk> next, Pipe[] pipes, AtomicLong[] rows)
            throws InterruptedException, ExecutionException {
        Chunk chunk = next.get();
        for (int i = 0; i < pipes.length; i++) {
            rows[i].addAndGet(chunk.rows()[i]);
            if (chunk.bytes()[i].length > 0 && !pipes[i].put(chunk.bytes()[i])) {
                break;
            }
        }
        return chunk.rows()[LeadTables.LEADS.ordinal()];
    }

    private void loadTable(LeadTables table, Pipe pipe, AtomicLong expected,
            AtomicReference<@Nullable Throwable> failure, CountDownLatch allLoaded) {
        boolean counted = false;
        try (Connection con = connections.open()) {
            try (Statement st = con.createStatement()) {
                st.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            }
            con.setAutoCommit(false);
            try (Statement st = con.createStatement()) {
                st.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(pipe);
                long started = System.nanoTime();
                long stored = st.executeLargeUpdate(table.loadStatement());
                log.info("{}: {} rows stored in {} ms", table.table(), stored, (System.nanoTime() - started) / 1_000_000);
                if (failure.get() == null && stored != expected.get()) {
                    throw new IllegalStateException(table.table() + ": " + stored + " rows stored of "
                            + expected.get() + " sent");
                }
                try (var warnings = st.executeQuery("SHOW WARNINGS LIMIT 1")) {
                    if (warnings.next()) {
                        throw new IllegalStateException(table.table() + ": " + warnings.getString(3));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                failure.compareAndSet(null, e);
            }
            allLoaded.countDown();
            counted = true;
            // Commit together: only when every table's statement stored everything.
            allLoaded.await();
            if (failure.get() == null) {
                con.commit();
            } else {
                con.rollback();
            }
        } catch (SQLException | RuntimeException e) {
            failure.compareAndSet(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } finally {
            if (!counted) {
                allLoaded.countDown();
            }
            if (failure.get() != null) {
                pipe.abort();
            }
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }

    /** A table's rows on their way from the generator to its LOAD DATA statement, a few chunks at a time. */
    static final class Pipe extends InputStream {
        private static final byte[] END = new byte[0];

        private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
        private final AtomicReference<@Nullable Throwable> failure;
        private volatile boolean aborted;
        private byte @Nullable [] current;
        private int pos;
        private boolean ended;

        Pipe(AtomicReference<@Nullable Throwable> failure) {
            this.failure = failure;
        }

        /** Hands on a chunk; false when the load failed meanwhile (the chunk is then dropped). */
        boolean put(byte[] chunk) throws InterruptedException {
            while (!queue.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
                if (aborted || failure.get() != null) {
                    return false;
                }
            }
            return true;
        }

        void finish() throws InterruptedException {
            put(END);
        }

        void abort() {
            aborted = true;
            queue.clear();
            queue.offer(END);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (true) {
                if (aborted) {
                    throw new IOException("load aborted");
                }
                if (ended) {
                    return -1;
                }
                byte[] c = current;
                if (c != null && pos < c.length) {
                    int n = Math.min(len, c.length - pos);
                    System.arraycopy(c, pos, b, off, n);
                    pos += n;
                    return n;
                }
                try {
                    byte[] next = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (next == END) {
                        ended = !aborted;
                    } else if (next != null) {
                        current = next;
                        pos = 0;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("load interrupted");
                }
            }
        }
    }
}
