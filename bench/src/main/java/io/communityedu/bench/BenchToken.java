package io.communityedu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.communityedu.localstack.suite.RunningSuite;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * An access token of the suite's Keycloak for the benchmarks' requests (the demo admin, password
 * grant of the local realm's community-edu-cli), renewed a minute before it expires: benchmarks
 * measure the real request path, token validation included.
 */
final class BenchToken implements Supplier<String> {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final URI tokenEndpoint;
    private final HttpClient client = HttpClient.newHttpClient();
    private String token;
    private long renewAt;

    private BenchToken(URI keycloak) {
        this.tokenEndpoint = BenchSuite.ipv4(keycloak).resolve("/realms/community-edu/protocol/openid-connect/token");
    }

    static BenchToken admin(RunningSuite suite) {
        return new BenchToken(suite.keycloak().url());
    }

    @Override
    public synchronized String get() {
        if (token == null || System.nanoTime() >= renewAt) {
            String form = "grant_type=password&client_id=community-edu-cli&username=admin&password="
                    + URLEncoder.encode("demo", StandardCharsets.UTF_8);
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(tokenEndpoint)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("No token from " + tokenEndpoint + ": " + response.statusCode()
                            + " " + response.body());
                }
                JsonNode body = Http.JSON.readTree(response.body());
                token = body.get("access_token").asText();
                renewAt = System.nanoTime() + Duration.ofSeconds(body.get("expires_in").asLong())
                        .minus(RENEW_BEFORE_EXPIRY).toNanos();
            } catch (IOException e) {
                throw new IllegalStateException("No token from " + tokenEndpoint, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }
}
