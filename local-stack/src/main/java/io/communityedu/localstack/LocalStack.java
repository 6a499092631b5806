package io.communityedu.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/** MariaDB and Kafka together, with their data under one folder. */
public final class LocalStack implements AutoCloseable {

    private final LocalMariaDb mariaDb;
    private final LocalKafka kafka;

    public LocalStack(Path home, int dbPort, int kafkaPort, int controllerPort) {
        this.mariaDb = new LocalMariaDb(home.resolve("mariadb"), dbPort);
        this.kafka = new LocalKafka(home.resolve("kafka"), kafkaPort, controllerPort);
    }

    /** A stack on free ports, for tests. */
    public static LocalStack onFreePorts(Path home) {
        return new LocalStack(home, freePort(), freePort(), freePort());
    }

    public LocalStack start(List<String> databases) {
        Thread kafkaStart = new Thread(kafka::start, "local-kafka-start");
        kafkaStart.start();
        mariaDb.start();
        databases.forEach(mariaDb::createDatabase);
        try {
            kafkaStart.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Kafka started", e);
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
