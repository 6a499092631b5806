package io.communityedu.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak on this machine without Docker: the server distribution from Maven Central
 * ({@code org.keycloak:keycloak-quarkus-dist}, copied into {@code local-stack/target/keycloak/} by the
 * build), extracted into {@code home} and built once ({@code kc.sh build}, remembered by a marker
 * file), then started with {@code kc.sh start --optimized} on 127.0.0.1 and the given port, the
 * realm file imported when the realm is absent. Its H2 database ({@code dev-file}) lives in
 * {@code home/data}, kept between starts unless {@link #fresh()} wipes it; a start without data begins
 * from a copy of a database with the realm imported, made once per realm file.
 * <p>
 * The issuer is fixed ({@code --hostname=http://localhost:<port>}), whatever host name a client
 * uses. Master-realm admin: {@value #ADMIN_USER} / {@value #ADMIN_PASSWORD}.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "community-edu";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    /** Where the build of local-stack puts the distribution, relative to the repository root. */
    public static final String DISTRIBUTION = "local-stack/target/keycloak/keycloak-quarkus-dist.tar.gz";
    /** The realm file, relative to the repository root (docker-compose.yml imports the same file). */
    public static final String REALM_FILE = "deploy/keycloak/community-edu-realm.json";

    /** Options fixed at build time; a change means a new build. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file");
    private static final String BUILT_MARKER = ".community-edu-built";
    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    private static final Duration BUILD_LIMIT = Duration.ofSeconds(300);

    private final Path home;
    private final int port;
    private final Path distributionArchive;
    private final Path realmFile;
    private final Path log;
    /** The Keycloak server's launcher, while it runs. */
    private volatile Process server;
    /** Whatever this runs now: the extraction, the build step or the server. */
    private volatile Process current;
    private volatile boolean stopping;
    private volatile Thread shutdownHook;

    public LocalKeycloak(Path home, int port, Path distributionArchive, Path realmFile) {
        this.home = home.toAbsolutePath();
        this.port = port;
        this.distributionArchive = distributionArchive.toAbsolutePath();
        this.realmFile = realmFile.toAbsolutePath();
        this.log = this.home.resolve("keycloak.log");
    }

    /** The distribution and realm file of the repository at {@code root}. */
    public static LocalKeycloak forRepository(Path root, Path home, int port) {
        return new LocalKeycloak(home, port, root.resolve(DISTRIBUTION), root.resolve(REALM_FILE));
    }

    /** Wipes Keycloak's data (database, imported realms), so the next start imports the realm afresh. */
    public synchronized LocalKeycloak fresh() {
        if (isRunning()) {
            throw new IllegalStateException("Stop Keycloak before wiping its data");
        }
        Folders.delete(home.resolve("data"));
        return this;
    }

    /**
     * Extracts and builds the distribution if not done yet, starts Keycloak and waits until the
     * realm's OpenID configuration answers. Starting again after {@link #stop()} keeps the data.
     * {@link #stop()} (or the JVM's exit) while this waits ends whatever it started.
     */
    public synchronized LocalKeycloak start() {
        if (isRunning()) {
            return this;
        }
        if (portTaken()) {
            throw new IllegalStateException("Port " + port + " is taken: cannot start Keycloak there");
        }
        stopping = false;
        Thread hook = new Thread(this::stop, "local-keycloak-stop");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            throw new IllegalStateException("The JVM is exiting: Keycloak not started", exiting);
        }
        shutdownHook = hook;
        try {
            install();
            seedDatabase();
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--hostname=" + url(), "--cache=local", "--import-realm"));
            long started = System.nanoTime();
            Process launched = launch(command);
            server = launched;
            awaitRealm(launched, started);
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return this;
    }

    /**
     * Stops Keycloak (SIGTERM to the launcher script, which passes it on), forcibly if it takes over
     * 30 s; also ends a start still under way. Not synchronized, so that it can interrupt {@link #start()}.
     */
    public void stop() {
        stopping = true;
        Process running = current;
        if (running != null) {
            terminate(running);
        }
        current = null;
        server = null;
        Thread hook = shutdownHook;
        shutdownHook = null;
        if (hook != null && hook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting; the hook runs (or ran) anyway.
            }
        }
    }

    /** Ends the launcher script and the Keycloak JVM it runs: politely, then forcibly. */
    private static void terminate(Process launcher) {
        List<ProcessHandle> tree = new ArrayList<>(launcher.descendants().toList());
        tree.add(launcher.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            for (ProcessHandle handle : tree) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception slow) {
            // Forced below.
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            launcher.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        Process running = server;
        return running != null && running.isAlive();
    }

    /** http://localhost:&lt;port&gt; */
    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    /** The realm's issuer, http://localhost:&lt;port&gt;/realms/community-edu */
    public URI issuer() {
        return URI.create(url() + "/realms/" + REALM);
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    public Path logFile() {
        return log;
    }

    /** The last lines of Keycloak's log (for error messages). */
    public String logTail(int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log yet)";
            }
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Extracts the distribution and runs Keycloak's build step, unless done before with the same archive and options. */
    private void install() {
        String expected = "archive " + distributionArchive.getFileName() + " " + size(distributionArchive)
                + "\noptions " + String.join(" ", BUILD_OPTIONS) + "\n";
        Path marker = home.resolve(BUILT_MARKER);
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(expected)) {
                return;
            }
            if (!Files.isRegularFile(distributionArchive)) {
                throw new IllegalStateException(distributionArchive + " is missing: build local-stack first (./mvnw package)");
            }
            // A new or half-done installation: start over, keeping the data (Keycloak migrates it).
            try (Stream<Path> entries = Files.exists(home) ? Files.list(home) : Stream.empty()) {
                for (Path entry : entries.toList()) {
                    if (!entry.getFileName().toString().equals("data")) {
                        Folders.delete(entry);
                    }
                }
            }
            Files.createDirectories(home);
            long t0 = System.nanoTime();
            run(List.of("tar", "-xzf", distributionArchive.toString(), "-C", home.toString(), "--strip-components=1"),
                    Duration.ofSeconds(120), "extracting " + distributionArchive);
            long t1 = System.nanoTime();
            List<String> build = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
            build.addAll(BUILD_OPTIONS);
            run(build, BUILD_LIMIT, "Keycloak's build step");
            long t2 = System.nanoTime();
            System.out.printf("Keycloak installed in %s: extracted in %.1f s, built in %.1f s%n",
                    home, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            Files.writeString(marker, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives a Keycloak without data (a first start, or after {@link #fresh()}) a copy of a database that has
     * the master realm, the admin and the realm imported. Creating the schema and the two realms is most of
     * a fresh start (~20 of ~37 s here); it is done once per realm file, by {@code kc.sh import}, and the
     * result kept in {@code home/seed-<key>} (removed with the installation when the distribution changes).
     * The start's {@code --import-realm} then finds the realm and skips it.
     */
    private void seedDatabase() throws IOException {
        Path database = home.resolve("data/h2");
        if (Files.exists(database)) {
            return; // a restart keeps its data
        }
        Path seed = home.resolve("seed-" + seedKey()).resolve("h2");
        if (!Files.isDirectory(seed)) {
            long started = System.nanoTime();
            try {
                run(List.of(home.resolve("bin/kc.sh").toString(), "import", "--optimized", "--file", realmFile.toString()),
                        BUILD_LIMIT, "Keycloak's import of " + realmFile);
            } catch (RuntimeException e) {
                Folders.delete(home.resolve("data")); // half a database would pass for kept data
                throw e;
            }
            // Under another name until complete: a copy cut short must not pass for a seed.
            Path copying = seed.resolveSibling("h2.copying");
            Folders.delete(copying);
            Folders.copy(database, copying);
            Files.move(copying, seed);
            System.out.printf("Keycloak's database with realm %s made in %.1f s, kept for fresh starts in %s%n",
                    REALM, (System.nanoTime() - started) / 1e9, seed);
            return;
        }
        Path copying = database.resolveSibling("h2.copying");
        Folders.delete(copying);
        Folders.copy(seed, copying);
        Files.move(copying, database);
    }

    /** What the seeded database depends on: the realm file and the admin's credentials. */
    private String seedKey() throws IOException {
        return CacheKey.of(Files.readAllBytes(realmFile), ADMIN_USER.getBytes(StandardCharsets.UTF_8),
                ADMIN_PASSWORD.getBytes(StandardCharsets.UTF_8));
    }


    private void run(List<String> command, Duration limit, String what) {
        Process step = launch(command);
        try {
            if (!step.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                step.descendants().forEach(ProcessHandle::destroyForcibly);
                step.destroyForcibly();
                throw new IllegalStateException(what + " did not finish within " + limit + "; log:\n" + logTail(40));
            }
        } catch (InterruptedException e) {
            step.descendants().forEach(ProcessHandle::destroyForcibly);
            step.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        current = null;
        if (stopping) {
            throw new IllegalStateException("Keycloak was stopped while it started");
        }
        if (step.exitValue() != 0) {
            throw new IllegalStateException(what + " failed (exit " + step.exitValue() + "); log:\n" + logTail(40));
        }
    }

    private Process launch(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // A modest heap (kc.sh's default inside containers is a share of the machine's memory).
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // C1 only: measured here, starts in about half the time with ~150 MB less RSS, and tokens come
        // as fast as with C2 at the rates tests and a local suite ask for. The serial collector instead of
        // kc.sh's G1: no concurrent collector threads competing with the suite's starts, less RSS.
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -XX:-UseG1GC -XX:+UseSerialGC");
        // Whatever KC_* the calling environment has (e.g. a KC_DB_URL for ./suite's own shell) must not leak in.
        builder.environment().keySet().removeIf(name -> name.startsWith("KC_") && !name.startsWith("KC_BOOTSTRAP_ADMIN_"));
        try {
            Files.createDirectories(home);
            Process launched = builder.start();
            current = launched;
            if (stopping) {
                terminate(launched);
                throw new IllegalStateException("Keycloak was stopped while it started");
            }
            return launched;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        }
    }

    private void awaitRealm(Process launched, long started) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI probe = URI.create("http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration");
        long deadline = started + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (stopping) {
                throw new IllegalStateException("Keycloak was stopped while it started");
            }
            if (!launched.isAlive()) {
                throw new IllegalStateException("Keycloak ended (exit " + launched.exitValue() + ") before it was ready; log "
                        + log + ":\n" + logTail(40));
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    System.out.printf("Keycloak ready at %s in %.1f s%n", url(), (System.nanoTime() - started) / 1e9);
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + START_LIMIT + "; log "
                + log + ":\n" + logTail(40));
    }

    private boolean portTaken() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException free) {
            return false;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File("/dev/null");
    }

}
