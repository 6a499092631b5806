package io.communityedu.bench;

import io.communityedu.localstack.LocalKeycloak;
import io.communityedu.localstack.keycloak.AccessTokens;
import io.communityedu.localstack.suite.RunningSuite;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** Starts the whole suite (local stack, services, gateway) for one benchmark and times the start. */
public final class BenchSuite {

    private BenchSuite() {
    }

    /** The repository root: -Dbench.root (set by bench/run), else the parent of the working directory. */
    public static Path root() {
        String root = System.getProperty("bench.root");
        return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    /**
     * The demo admin's access token from the suite's Keycloak, renewed before it expires: the
     * benchmarks measure the real request path, token validation included.
     */
    public static Supplier<String> adminToken(RunningSuite suite) {
        AccessTokens tokens = new AccessTokens(ipv4(suite.keycloak().url()), LocalKeycloak.REALM);
        return () -> tokens.password("community-edu-cli", "admin", "demo");
    }

    /**
     * Starts the suite; when it does not come up (on a loaded machine a service can time out
     * reaching the database at start), stops what this JVM started and tries once more.
     */
    public static RunningSuite start(Report report) {
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            try {
                // The benchmarks' clients all come from this one address, at rates meant to load the suite:
                // the gateway's per-caller and per-address limits would measure themselves instead.
                RunningSuite suite = new RunningSuite(root(), Map.of("GATEWAY_RATE_LIMIT_ENABLED", "false"));
                report.figure("suite start (stack + 3 services + gateway ready)", String.format("%.1f s%s",
                        (System.nanoTime() - start) / 1e9, attempt > 1 ? " (attempt " + attempt + ")" : ""));
                return suite;
            } catch (RuntimeException e) {
                report.note("suite did not start (attempt " + attempt + "): " + e.getMessage().lines().findFirst().orElse(""));
                stopOwnChildren();
                if (attempt >= 2) {
                    throw e;
                }
            }
        }
    }

    /**
     * RunningSuite's constructor leaves its processes running when it fails; stop the packaged
     * services and gateway this JVM started (its own child processes only, by pid).
     */
    private static void stopOwnChildren() {
        ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains("quarkus-run.jar"))
                .forEach(p -> {
                    p.destroy();
                    try {
                        p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }

    /** The same address with 127.0.0.1 for localhost, so every client uses IPv4 the same way. */
    public static URI ipv4(URI uri) {
        return URI.create(uri.toString().replace("//localhost:", "//127.0.0.1:"));
    }
}
