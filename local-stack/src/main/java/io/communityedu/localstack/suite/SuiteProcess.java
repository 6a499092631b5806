package io.communityedu.localstack.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged Quarkus application of the suite, run as `java -jar` in its own process, as ./suite runs it. */
public final class SuiteProcess {

    /**
     * The JVM options of every application of the suite (./suite gives them the same; production containers
     * keep deploy/Dockerfile's, sized by their host). With G1 each service held ~40 MB of collector structures and 60-150 MB of
     * committed heap after its start; the serial collector needs ~1 MB for itself, and a small initial heap
     * grows only as far as the application needs. The heaps are small and the machine has 2 cores, so one
     * collector thread loses nothing. Trimming the C heap every 5 s hands back what the start left in
     * malloc's arenas (JDK 17.0.9+; an older JVM ignores the option).
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
            "-XX:+IgnoreUnrecognizedVMOptions", "-XX:TrimNativeHeapInterval=5000");

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    SuiteProcess(String name, Path jar, Map<String, String> environment, Path log) {
        this.name = name;
        this.jar = jar;
        this.environment = environment;
        this.log = log;
    }

    public synchronized void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the suite first (./mvnw verify from the root builds it)");
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_OPTIONS);
        Path classArchive = jar.resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(classArchive)) {
            // The build's class-data-sharing archive (quarkus.package.jar.appcds): classes loaded ready-made.
            command.add("-XX:SharedArchiveFile=" + classArchive);
        }
        // Run from the application's folder, as its container does: the archive names the jar by a relative path.
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Stops the process the way Ctrl-C would (SIGTERM), forcibly if it takes too long. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /**
     * Kills the process outright (SIGKILL), as a crash or the OOM killer would: no shutdown hooks, no
     * clean close of connections, consumers or transactions. {@link #start()} starts it again.
     */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        signal("KILL");
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die of SIGKILL within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        process = null;
    }

    /** Freezes the process (SIGSTOP): it keeps its port and accepts connections but answers nothing. */
    public void freeze() {
        signal("STOP");
    }

    public void thaw() {
        signal("CONT");
    }

    public synchronized long pid() {
        return process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signal(String signal) {
        long pid;
        synchronized (this) {
            pid = process.pid();
        }
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
