package io.communityedu.demo;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Signs the demo's people in at Keycloak (realm community-edu) like any script would: the password
 * grant of the public client community-edu-cli, with the local realm's demo password. Tokens are
 * kept per account and fetched again shortly before they expire.
 */
final class KeycloakLogin {

    static final String REALM = "community-edu";
    static final String CLIENT = "community-edu-cli";
    static final String DEMO_PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);

    private final URI keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant expiresAt) {
    }

    KeycloakLogin(URI keycloak) {
        this.keycloak = keycloak;
    }

    /** A valid access token of the demo account. */
    String token(String username) {
        Token token = tokens.get(username);
        if (token == null || Instant.now().plus(RENEW_BEFORE).isAfter(token.expiresAt())) {
            token = fetch(username);
            tokens.put(username, token);
        }
        return token.value();
    }

    private Token fetch(String username) {
        String form = Map.of("grant_type", "password", "client_id", CLIENT, "username", username,
                        "password", DEMO_PASSWORD, "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI endpoint = keycloak.resolve("/realms/" + REALM + "/protocol/openid-connect/token");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused to sign in " + username + " (" + response.statusCode()
                        + "): " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return new Token(body.path("access_token").asText(),
                    Instant.now().plusSeconds(body.path("expires_in").asLong(60)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak at " + keycloak + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
