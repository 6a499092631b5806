package io.communityedu.e2e;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens of the local Keycloak (realm community-edu) for the end-to-end tests, obtained as any
 * client would: the password grant of the public client {@value #CLI_CLIENT} for people, the
 * client-credentials grant of {@value #DISTRICT_CLIENT} for the district system. Tokens are cached per
 * account and renewed a while before they expire. Extra test accounts are created through Keycloak's
 * admin REST API (master-realm admin, admin-cli).
 */
final class Tokens {

    static final String REALM = "community-edu";
    static final String CLI_CLIENT = "community-edu-cli";
    static final String DISTRICT_CLIENT = "district-system";
    static final String DISTRICT_SECRET = "district-system-secret";
    /** Password of the realm's demo accounts. */
    static final String DEMO_PASSWORD = "demo";
    /** Password of the accounts the tests create. */
    static final String TEST_PASSWORD = "e2e-Passw0rd";

    static final String OFFICER = "officer";
    static final String ADMIN = "admin";
    static final String STAFF_QINGHUAI = "staff.qinghuai";
    static final String RESIDENT_WANG = "resident.wang";

    /** Renew a cached token when it has less than this left. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Tokens current;

    private final URI keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> cache = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    private record Token(String value, Instant expiresAt) {
    }

    private Tokens(URI keycloak) {
        this.keycloak = keycloak;
    }

    /** Points the tests at the suite's Keycloak (SuiteExtension does, once per run). */
    static synchronized void use(URI keycloak) {
        if (current == null || !current.keycloak.equals(keycloak)) {
            current = new Tokens(keycloak);
        }
    }

    static Tokens tokens() {
        Tokens tokens = current;
        if (tokens == null) {
            throw new IllegalStateException("No Keycloak yet: the test class needs @ExtendWith(SuiteExtension.class)");
        }
        return tokens;
    }

    /** A valid access token of the account (demo accounts and accounts created here), from the cache when fresh. */
    static String of(String username) {
        return tokens().user(username);
    }

    /** The district system's token (client credentials; role statistics-reader). */
    static String districtSystem() {
        return tokens().client(DISTRICT_CLIENT, DISTRICT_SECRET);
    }

    URI keycloak() {
        return keycloak;
    }

    URI tokenEndpoint() {
        return keycloak.resolve("/realms/" + REALM + "/protocol/openid-connect/token");
    }

    URI issuer() {
        return keycloak.resolve("/realms/" + REALM);
    }

    String user(String username) {
        return cached("user:" + username, () -> fetch(tokenEndpoint(), Map.of("grant_type", "password",
                "client_id", CLI_CLIENT, "username", username,
                "password", passwords.getOrDefault(username, DEMO_PASSWORD), "scope", "openid")));
    }

    String client(String clientId, String secret) {
        return cached("client:" + clientId, () -> fetch(tokenEndpoint(), Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    /** A token fetched now, not from the cache (e.g. one no service has seen yet). */
    String fresh(String username) {
        return fetch(tokenEndpoint(), Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", username,
                "password", passwords.getOrDefault(username, DEMO_PASSWORD), "scope", "openid")).value();
    }

    /** The district system's token fetched now, not from the cache. */
    String freshDistrictSystem() {
        return fetch(tokenEndpoint(), Map.of("grant_type", "client_credentials", "client_id", DISTRICT_CLIENT,
                "client_secret", DISTRICT_SECRET)).value();
    }

    /**
     * A real token of this realm, validly signed and current, but without the audience community-edu-api:
     * the password grant of a public client (created here) whose default scopes leave community-edu-api out.
     */
    String withoutApiAudience(String username) {
        String clientId = "e2e-no-api-audience";
        HttpResponse<String> created = admin("POST", "/clients", Map.of("clientId", clientId, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "defaultClientScopes", List.of("basic", "roles", "profile"), "optionalClientScopes", List.of()));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Cannot create client " + clientId + ": " + created.statusCode() + " " + created.body());
        }
        return fetch(tokenEndpoint(), Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", passwords.getOrDefault(username, DEMO_PASSWORD))).value();
    }

    /** A real token of another realm (master, admin-cli): validly signed by this Keycloak, another issuer. */
    String otherRealm() {
        return masterAdmin();
    }

    private String cached(String key, java.util.function.Supplier<Token> fetch) {
        Token token = cache.get(key);
        if (token == null || Instant.now().plus(RENEW_BEFORE).isAfter(token.expiresAt())) {
            token = fetch.get();
            cache.put(key, token);
        }
        return token.value();
    }

    private Token fetch(URI endpoint, Map<String, String> form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token (" + form.get("grant_type") + " "
                    + form.getOrDefault("username", form.get("client_id")) + "): " + response.statusCode() + " " + response.body());
        }
        JsonNode body = read(response.body());
        return new Token(body.path("access_token").asText(), Instant.now().plusSeconds(body.path("expires_in").asLong(60)));
    }

    // ------------------------------------------------------------------------------------------
    // Admin REST API
    // ------------------------------------------------------------------------------------------

    /**
     * Creates an account in the realm (password {@value #TEST_PASSWORD}, not temporary, e-mail verified,
     * no required actions) with exactly the given realm roles and, when not empty, the {@code communities}
     * attribute. Returns the account's id ({@code sub} of its tokens).
     */
    String createUser(String username, List<String> realmRoles, List<String> communities) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("firstName", "E2e");
        user.put("lastName", username.replaceAll("[^A-Za-z]", "x"));
        user.put("email", username.replaceAll("[^A-Za-z0-9.-]", "-") + "@e2e.community-edu.example");
        user.put("emailVerified", true);
        user.put("requiredActions", List.of());
        if (!communities.isEmpty()) {
            user.put("attributes", Map.of("communities", communities));
        }
        user.put("credentials", List.of(Map.of("type", "password", "value", TEST_PASSWORD, "temporary", false)));
        HttpResponse<String> created = admin("POST", "/users", user);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Cannot create user " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        // A new account gets the realm's default roles (resident among them): keep exactly what was asked for.
        JsonNode granted = read(admin("GET", "/users/" + id + "/role-mappings/realm", null).body());
        List<JsonNode> unwanted = new java.util.ArrayList<>();
        granted.forEach(role -> {
            if (!realmRoles.contains(role.path("name").asText())) {
                unwanted.add(role);
            }
        });
        if (!unwanted.isEmpty()) {
            expect(admin("DELETE", "/users/" + id + "/role-mappings/realm", unwanted), 204, "removing default roles");
        }
        List<JsonNode> wanted = realmRoles.stream().map(name -> read(admin("GET", "/roles/" + name, null).body())).toList();
        if (!wanted.isEmpty()) {
            expect(admin("POST", "/users/" + id + "/role-mappings/realm", wanted), 204, "granting " + realmRoles);
        }
        passwords.put(username, TEST_PASSWORD);
        return id;
    }

    /** A resident's account (role resident only). */
    String createResident(String username) {
        return createUser(username, List.of("resident"), List.of());
    }

    /** A staff member of the given communities (role community-staff only). */
    String createStaff(String username, List<String> communities) {
        return createUser(username, List.of("community-staff"), communities);
    }

    /** Sends a request to the realm's admin API (/admin/realms/community-edu + path) as the master-realm admin. */
    HttpResponse<String> admin(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(keycloak.resolve("/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + masterAdmin())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(write(body)));
        return send(request);
    }

    private String masterAdmin() {
        return cached("master:admin", () -> fetch(keycloak.resolve("/realms/master/protocol/openid-connect/token"),
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")));
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak at " + keycloak + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
