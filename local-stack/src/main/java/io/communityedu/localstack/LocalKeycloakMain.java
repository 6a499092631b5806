package io.communityedu.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local Keycloak until the process is stopped (./suite starts it next to the local stack).
 * Settings from environment variables with local defaults: LOCAL_KEYCLOAK_HOME
 * (.local-stack/keycloak), LOCAL_KEYCLOAK_PORT (8180), LOCAL_KEYCLOAK_FRESH (false: keep the data,
 * so accounts registered earlier survive; the realm file is imported only when the realm is absent).
 * Paths of the distribution and realm file are relative to the working directory, the repository root.
 */
public final class LocalKeycloakMain {

    public static final String READY_LINE = "Local Keycloak ready";

    private LocalKeycloakMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        LocalKeycloak keycloak = LocalKeycloak.forRepository(root,
                Path.of(env("LOCAL_KEYCLOAK_HOME", ".local-stack/keycloak")),
                Integer.parseInt(env("LOCAL_KEYCLOAK_PORT", "8180")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.stop();
            stopped.countDown();
        }, "local-keycloak-main-stop"));
        try {
            if (Boolean.parseBoolean(env("LOCAL_KEYCLOAK_FRESH", "false"))) {
                keycloak.fresh();
            }
            keycloak.start();
        } catch (RuntimeException e) {
            System.err.println("Keycloak did not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("%s: %s (issuer %s), data in %s%n", READY_LINE, keycloak.url(), keycloak.issuer(),
                keycloak.home().resolve("data"));
        System.out.flush();
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
