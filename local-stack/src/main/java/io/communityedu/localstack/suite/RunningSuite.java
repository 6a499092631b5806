package io.communityedu.localstack.suite;

import io.communityedu.localstack.LocalKeycloak;
import io.communityedu.localstack.LocalMariaDb;
import io.communityedu.localstack.LocalStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The whole suite on this machine, as ./suite runs it: a fresh local stack (real MariaDB and
 * Kafka) in this JVM and, in parallel, a real Keycloak with the realm freshly imported
 * ({@link LocalKeycloak}, installed once under target/keycloak of the working directory, its data
 * wiped at each start), then the three packaged services and the gateway as separate processes on
 * free ports, told where Keycloak is by KEYCLOAK_URL. End-to-end tests and benchmarks reach it
 * through {@link #gateway()}; {@link #keycloak()} can be stopped and started again.
 */
public final class RunningSuite implements AutoCloseable {

    private final LocalStack stack;
    private final LocalKeycloak keycloak;
    private final CompletableFuture<LocalKeycloak> keycloakStarted;
    private final SuiteProcess programmes;
    private final SuiteProcess enrolment;
    private final SuiteProcess reporting;
    private final SuiteProcess gateway;
    private final URI gatewayUri;
    private final URI programmesUri;
    private final URI enrolmentUri;
    private final URI reportingUri;
    private final Path root;
    private final Path home;

    /**
     * @param root               the repository root, where each module's target/quarkus-app is
     * @param gatewayEnvironment extra settings for the gateway (e.g. GATEWAY_RESPONSE_TIMEOUT, CORS_ORIGINS)
     */
    public RunningSuite(Path root, Map<String, String> gatewayEnvironment) {
        this.root = root;
        this.home = Path.of("target", "suite", "run-" + System.currentTimeMillis()).toAbsolutePath();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Every address is known before anything starts, so that what depends on nothing starts at once.
        keycloak = LocalKeycloak.forRepository(root, Path.of("target", "keycloak").toAbsolutePath(), LocalStack.freePort());
        stack = LocalStack.onFreePorts(home.resolve("stack"));
        int programmesPort = LocalStack.freePort();
        int enrolmentPort = LocalStack.freePort();
        int reportingPort = LocalStack.freePort();
        int gatewayPort = LocalStack.freePort();
        programmes = service(root, home, "programmes-service", "programmes", programmesPort);
        enrolment = service(root, home, "enrolment-service", "enrolment", enrolmentPort);
        reporting = service(root, home, "reporting-service", "reporting", reportingPort);
        Map<String, String> gatewaySettings = new HashMap<>(gatewayEnvironment);
        gatewaySettings.put("HTTP_PORT", String.valueOf(gatewayPort));
        gatewaySettings.put("PROGRAMMES_URL", "http://127.0.0.1:" + programmesPort);
        gatewaySettings.put("ENROLMENT_URL", "http://127.0.0.1:" + enrolmentPort);
        gatewaySettings.put("REPORTING_URL", "http://127.0.0.1:" + reportingPort);
        gatewaySettings.put("KEYCLOAK_URL", keycloak.url().toString());
        gateway = new SuiteProcess("gateway", quarkusApp(root, "gateway"), gatewaySettings, home.resolve("gateway.log"));
        gatewayUri = URI.create("http://localhost:" + gatewayPort);
        programmesUri = URI.create("http://127.0.0.1:" + programmesPort);
        enrolmentUri = URI.create("http://127.0.0.1:" + enrolmentPort);
        reportingUri = URI.create("http://127.0.0.1:" + reportingPort);
        // Keycloak takes longest (its build step once per checkout, then ~10-20 s): started first, on its own
        // thread. The services need it only when the first token comes.
        keycloakStarted = CompletableFuture.supplyAsync(() -> keycloak.fresh().start(), runnable -> {
            Thread thread = new Thread(runnable, "local-keycloak-start");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            // The gateway needs no stack (it reports not ready until the services are); the services need it.
            gateway.start();
            stack.start(List.of("programmes", "enrolment", "reporting"));
            Stream.of(programmes, enrolment, reporting).forEach(SuiteProcess::start);
            try {
                keycloakStarted.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            awaitReady(Duration.ofMinutes(3));
        } catch (RuntimeException | Error e) {
            // Nobody gets a suite that did not start, so nobody would stop what did: stop it here,
            // rather than leave services running without a parent.
            try {
                close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    public URI gateway() {
        return gatewayUri;
    }

    /** programmes-service's own address (its /admin and /q endpoints are not forwarded by the gateway). */
    public URI programmesUri() {
        return programmesUri;
    }

    /** enrolment-service's own address. */
    public URI enrolmentUri() {
        return enrolmentUri;
    }

    /** reporting-service's own address (e.g. GET /admin/projections). */
    public URI reportingUri() {
        return reportingUri;
    }

    public LocalStack stack() {
        return stack;
    }

    /**
     * This run's folder, target/suite/run-&lt;millis&gt;: each process's log ({@code <module>.log}, and
     * {@code <module>-<port>.log} for {@link #anotherInstance}) and, under stack/, the local stack's data.
     */
    public Path home() {
        return home;
    }

    /** The suite's Keycloak: tests may stop and start it again (its data is kept across that). */
    public LocalKeycloak keycloak() {
        return keycloak;
    }

    /** http://localhost:&lt;port&gt;, what the services get as KEYCLOAK_URL; the realm's issuer is {@code keycloak().issuer()}. */
    public URI keycloakUri() {
        return keycloak.url();
    }

    public SuiteProcess programmes() {
        return programmes;
    }

    public SuiteProcess enrolment() {
        return enrolment;
    }

    public SuiteProcess reporting() {
        return reporting;
    }

    /**
     * Another instance of a service (e.g. "enrolment-service") on the suite's database, broker and Keycloak, as a
     * scaled-out deployment runs it; the caller starts it, and stops it when done.
     */
    public SuiteProcess anotherInstance(String module, String database, int port) {
        return new SuiteProcess(module + "-" + port, quarkusApp(root, module), environment(database, port),
                home.resolve(module + "-" + port + ".log"));
    }

    public SuiteProcess gatewayProcess() {
        return gateway;
    }

    /** Waits until the gateway reports every service ready (its readiness aggregates theirs). */
    public void awaitReady(Duration limit) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (SuiteProcess process : List.of(programmes, enrolment, reporting, gateway)) {
                if (!process.isRunning()) {
                    throw new IllegalStateException(process.name() + " is not running; its log:\n" + process.logText());
                }
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(gatewayUri.resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // The gateway is still starting.
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
        throw new IllegalStateException("The suite did not become ready within " + limit);
    }

    @Override
    public void close() {
        try {
            Stream.of(gateway, reporting, enrolment, programmes).forEach(SuiteProcess::stop);
        } finally {
            try {
                stack.close();
            } finally {
                stopKeycloak();
            }
        }
    }

    /** Stops Keycloak, ending a start still under way rather than waiting for it. */
    private void stopKeycloak() {
        keycloak.stop();
        try {
            keycloakStarted.join();
        } catch (CompletionException failedToStart) {
            // A start ended by stop() fails; nothing is left running either way.
        }
    }

    private SuiteProcess service(Path root, Path home, String module, String database, int port) {
        return new SuiteProcess(module, quarkusApp(root, module), environment(database, port), home.resolve(module + ".log"));
    }

    private Map<String, String> environment(String database, int port) {
        return Map.of(
                "HTTP_PORT", String.valueOf(port),
                // Only the gateway faces the network.
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "DB_URL", stack.mariaDb().jdbcUrl(database),
                "DB_USER", LocalMariaDb.USER,
                "DB_PASSWORD", LocalMariaDb.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers(),
                "KEYCLOAK_URL", keycloak.url().toString());
    }

    private static Path quarkusApp(Path root, String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

}
