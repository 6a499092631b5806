package io.communityedu.localstack.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Access tokens from one realm's token endpoint, as any client gets them (password grant, client
 * credentials), kept per account or client and fetched again a minute before they expire. One fetch
 * per account at a time: with brute-force protection on, Keycloak 26 refuses a second concurrent login
 * of the same user as "user_temporarily_disabled", so threads that find no fresh token wait for the one
 * fetching it.
 */
public final class AccessTokens {

    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> fetching = new ConcurrentHashMap<>();

    private record Token(String value, Instant expiresAt) {
    }

    public AccessTokens(URI keycloak, String realm) {
        this.endpoint = keycloak.resolve("/realms/" + realm + "/protocol/openid-connect/token");
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The account's token (password grant of a public client), from the cache while it is fresh. */
    public String password(String clientId, String username, String password) {
        return cached("user:" + clientId + ":" + username, () -> fetchPassword(clientId, username, password));
    }

    /** A confidential client's own token (client credentials), from the cache while it is fresh. */
    public String clientCredentials(String clientId, String secret) {
        return cached("client:" + clientId, () -> fetch(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    /** A token fetched now, never from the cache (e.g. one no service has seen yet). */
    public String freshPassword(String clientId, String username, String password) {
        return fetchPassword(clientId, username, password).value();
    }

    public String freshClientCredentials(String clientId, String secret) {
        return fetch(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)).value();
    }

    private Token fetchPassword(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        return fetch(form);
    }

    private String cached(String key, Supplier<Token> fetch) {
        Token token = cache.get(key);
        if (fresh(token)) {
            return token.value();
        }
        synchronized (fetching.computeIfAbsent(key, k -> new Object())) {
            token = cache.get(key);
            if (!fresh(token)) {
                token = fetch.get();
                cache.put(key, token);
            }
            return token.value();
        }
    }

    private static boolean fresh(Token token) {
        return token != null && Instant.now().plus(RENEW_BEFORE).isBefore(token.expiresAt());
    }

    private Token fetch(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + form.get("grant_type") + " "
                        + form.getOrDefault("username", form.get("client_id")) + "): " + response.statusCode() + " "
                        + response.body());
            }
            JsonNode token = JSON.readTree(response.body());
            return new Token(token.path("access_token").asText(),
                    Instant.now().plusSeconds(token.path("expires_in").asLong(60)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak at " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
