package io.communityedu.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local stack until the process is stopped. Settings come from environment variables
 * with local defaults: LOCAL_STACK_HOME, LOCAL_DB_PORT, LOCAL_KAFKA_PORT, LOCAL_KAFKA_CONTROLLER_PORT.
 */
public final class LocalStackMain {

    public static final String READY_LINE = "Local stack ready";
    static final List<String> DATABASES = List.of("programmes", "enrolment", "reporting");

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(env("LOCAL_STACK_HOME", ".local-stack"));
        LocalStack stack = new LocalStack(home,
                Integer.parseInt(env("LOCAL_DB_PORT", "3306")),
                Integer.parseInt(env("LOCAL_KAFKA_PORT", "9092")),
                Integer.parseInt(env("LOCAL_KAFKA_CONTROLLER_PORT", "9093")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        try {
            stack.start(DATABASES);
        } catch (RuntimeException e) {
            // Whatever did start (Kafka's threads) must not keep a half-started stack alive.
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("%s: MariaDB %s, Kafka %s, data in %s%n", READY_LINE,
                stack.mariaDb().jdbcUrl("<database>"), stack.kafka().bootstrapServers(), home.toAbsolutePath());
        System.out.flush();
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
