package io.communityedu.gateway.health;

import io.communityedu.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/** The gateway is ready when every service behind it says it is; each service's state is listed. */
@Readiness
@ApplicationScoped
public class ServicesReadinessCheck implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient http;

    ServicesReadinessCheck(GatewayConfig config, HttpClient http) {
        this.config = config;
        this.http = http;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> probes = new TreeMap<>();
        config.services().forEach((name, service) -> probes.put(name + "-service", http.sendAsync(
                        HttpRequest.newBuilder(service.url().resolve("/q/health/ready")).timeout(config.probeTimeout()).build(),
                        HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure != null ? "DOWN (unreachable)"
                        : response.statusCode() == 200 ? "UP" : "DOWN (HTTP " + response.statusCode() + ")")));
        HealthCheckResponseBuilder health = HealthCheckResponse.named("services").up();
        probes.forEach((service, state) -> {
            String result = state.join();
            health.withData(service, result);
            if (!"UP".equals(result)) {
                health.down();
            }
        });
        return health.build();
    }
}
