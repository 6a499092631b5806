package io.communityedu.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * MariaDB and Kafka together, with their data under one folder, started in parallel. A new MariaDB
 * data folder starts from a copy of a pristine installation ({@link PristineMariaDb}).
 */
public final class LocalStack implements AutoCloseable {

    private final Path home;
    private final LocalMariaDb mariaDb;
    private final LocalKafka kafka;

    public LocalStack(Path home, int dbPort, int kafkaPort, int controllerPort) {
        this.home = home.toAbsolutePath();
        this.mariaDb = new LocalMariaDb(home.resolve("mariadb"), dbPort);
        this.kafka = new LocalKafka(home.resolve("kafka"), kafkaPort, controllerPort);
    }

    /** A stack on free ports, for tests. */
    public static LocalStack onFreePorts(Path home) {
        return new LocalStack(home, freePort(), freePort(), freePort());
    }

    /**
     * Starts Kafka (on a thread of its own) and MariaDB with the given databases, and returns when
     * both are up; when either fails, stops the other before throwing.
     */
    public LocalStack start(List<String> databases) {
        CompletableFuture<Void> kafkaStarted = CompletableFuture.runAsync(kafka::start, task -> {
            Thread thread = new Thread(task, "local-kafka-start");
            thread.start();
        });
        try {
            PristineMariaDb.seed(home.resolve("mariadb"));
            mariaDb.start();
            // One client process per database, side by side (threads of their own: the common pool may have one).
            CompletableFuture.allOf(databases.stream()
                    .map(database -> CompletableFuture.runAsync(() -> mariaDb.createDatabase(database),
                            task -> new Thread(task, "local-mariadb-create-" + database).start()))
                    .toArray(CompletableFuture[]::new)).join();
            kafkaStarted.join();
        } catch (RuntimeException | Error e) {
            // Kafka's threads would otherwise keep the JVM alive, and MariaDB's process outlive it.
            try {
                kafkaStarted.exceptionally(failed -> null).join();
                close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof CompletionException && e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        if (!kafka.isRunning()) {
            throw new IllegalStateException("Kafka did not start");
        }
        return this;
    }

    public LocalMariaDb mariaDb() {
        return mariaDb;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    @Override
    public void close() {
        try {
            kafka.stop();
        } finally {
            mariaDb.stop();
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
