package io.communityedu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.localstack.keycloak.AccessTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Tokens current;

    private final URI keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AccessTokens realm;
    private final AccessTokens master;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    private Tokens(URI keycloak) {
        this.keycloak = keycloak;
        this.realm = new AccessTokens(keycloak, REALM);
        this.master = new AccessTokens(keycloak, "master");
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
        return realm.endpoint();
    }

    URI issuer() {
        return keycloak.resolve("/realms/" + REALM);
    }

    String user(String username) {
        return realm.password(CLI_CLIENT, username, passwordOf(username));
    }

    String client(String clientId, String secret) {
        return realm.clientCredentials(clientId, secret);
    }

    /** A token fetched now, not from the cache (e.g. one no service has seen yet). */
    String fresh(String username) {
        return realm.freshPassword(CLI_CLIENT, username, passwordOf(username));
    }

    /** The district system's token fetched now, not from the cache. */
    String freshDistrictSystem() {
        return realm.freshClientCredentials(DISTRICT_CLIENT, DISTRICT_SECRET);
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
        return realm.freshPassword(clientId, username, passwordOf(username));
    }

    /** A real token of another realm (master, admin-cli): validly signed by this Keycloak, another issuer. */
    String otherRealm() {
        return masterAdmin();
    }

    private String passwordOf(String username) {
        return passwords.getOrDefault(username, DEMO_PASSWORD);
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
        return master.password("admin-cli", "admin", "admin");
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
