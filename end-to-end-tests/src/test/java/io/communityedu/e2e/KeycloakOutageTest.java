package io.communityedu.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.communityedu.localstack.LocalKeycloak;
import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak stopped under the running suite. The public catalogue does not need it. A token obtained
 * before the stop and never shown to a service: the services check it against the realm keys they
 * fetched earlier and cached, or, without them, answer 503 problem+json at once (never hang, never a
 * 401 for a token that may be valid). A forged token is still 401. A service restarted during the outage
 * has no keys: 503 for a valid token. Once Keycloak is back everything works again without restarting a
 * service.
 */
@ExtendWith(SuiteExtension.class)
class KeycloakOutageTest {

    private static final int YEAR = 2018;
    private static final Duration PROMPT = SuiteExtension.GATEWAY_RESPONSE_TIMEOUT;

    @Test
    void withKeycloakStoppedTheCatalogueStaysOpenTokensAreCheckedOrRefusedPromptlyAndAllWorksWhenItIsBack(RunningSuite suite) {
        String code = Scenario.uniqueCode("kc-outage");
        Scenario.community(code, "断开认证社区");
        Scenario.plan(code, YEAR, 10, 50, 0, "1000.00");
        String programme = Scenario.programme(code, YEAR, "认证中断测试课程", "SELF_EDUCATION", false, null);
        String session = Scenario.session(programme, YEAR, 5, 2);
        String resident = Scenario.resident(code, "断网居民", "1975-01-01");
        await().atMost(Scenario.EVENT_DELIVERY).until(() -> Scenario.asDistrictSystem()
                .get("/api/v1/statistics/communities/" + code + "/years/" + YEAR).statusCode() == 200);

        // Tokens no service has seen: a new staff member's, and a new district-system token.
        String newStaff = "staff.fresh." + code;
        Tokens.tokens().createStaff(newStaff, List.of(code));
        String staffToken = Tokens.tokens().fresh(newStaff);
        String districtToken = Tokens.tokens().freshDistrictSystem();
        String officer = Tokens.tokens().fresh(Tokens.OFFICER);
        String forged = Jwts.signedByUs(Jwts.header(officer), Jwts.payload(officer));
        ObjectNode unknownKid = Jwts.header(officer);
        unknownKid.put("kid", "no-such-key");
        String forgedUnknownKid = Jwts.signedByUs(unknownKid, Jwts.payload(officer));

        Map<String, Function<RequestSpecification, Response>> protectedEndpoints = new LinkedHashMap<>();
        protectedEndpoints.put("programmes-service PUT plan", r -> r.contentType(ContentType.JSON)
                .body(Map.of("residentPopulation", 12, "participationTargetPercent", 50, "featuredProgrammeTarget", 0,
                        "budget", 1000.00)).put("/api/v1/communities/" + code + "/plans/" + YEAR));
        protectedEndpoints.put("enrolment-service GET resident", r -> r.get("/api/v1/residents/" + resident));
        protectedEndpoints.put("reporting-service GET statistics",
                r -> r.get("/api/v1/statistics/communities/" + code + "/years/" + YEAR));

        LocalKeycloak keycloak = suite.keycloak();
        keycloak.stop();
        StringBuilder observed = new StringBuilder();
        try {
            for (String path : List.of("/api/v1/communities", "/api/v1/communities/" + code, "/api/v1/communities/" + code
                    + "/plans", "/api/v1/providers", "/api/v1/programmes?community=" + code, "/api/v1/programmes/" + programme,
                    "/api/v1/programmes/" + programme + "/sessions", "/api/v1/sessions/" + session)) {
                given().get(path).then().statusCode(200);
            }
            for (var endpoint : protectedEndpoints.entrySet()) {
                String token = endpoint.getKey().startsWith("reporting") ? districtToken : staffToken;
                Response valid = timed(endpoint.getKey() + " with a valid token not seen before", observed,
                        () -> endpoint.getValue().apply(given().header("Authorization", "Bearer " + token)));
                if (valid.statusCode() == 503) {
                    valid.then().contentType("application/problem+json").body("status", org.hamcrest.Matchers.equalTo(503));
                } else {
                    assertTrue(valid.statusCode() == 200 || valid.statusCode() == 201,
                            endpoint.getKey() + ": a valid token is either checked with cached keys or 503, not "
                                    + valid.statusCode() + " " + valid.asString());
                }
                Response bad = timed(endpoint.getKey() + " with a forged token (the realm's kid)", observed,
                        () -> endpoint.getValue().apply(given().header("Authorization", "Bearer " + forged)));
                assertEquals(401, bad.statusCode(), endpoint.getKey() + " forged: " + bad.asString());
                bad.then().contentType("application/problem+json").header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
                Response unknown = timed(endpoint.getKey() + " with a forged token (unknown kid)", observed,
                        () -> endpoint.getValue().apply(given().header("Authorization", "Bearer " + forgedUnknownKid)));
                assertTrue(unknown.statusCode() == 401 || unknown.statusCode() == 503,
                        endpoint.getKey() + " forged, unknown kid: " + unknown.statusCode() + " " + unknown.asString());
            }

            // A service started while Keycloak is down has no keys to check with: a valid token is a 503 at once
            // (it may be valid; a 401 would tell the caller to sign in again for nothing), and the catalogue still works.
            suite.reporting().stop();
            suite.reporting().start();
            suite.awaitReady(Duration.ofMinutes(2));
            Response unchecked = timed("reporting-service restarted during the outage, a valid token", observed,
                    () -> protectedEndpoints.get("reporting-service GET statistics")
                            .apply(given().header("Authorization", "Bearer " + districtToken)));
            assertEquals(503, unchecked.statusCode(), unchecked.asString());
            unchecked.then().contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
            Response forgedAtRestarted = timed("reporting-service restarted during the outage, a forged token (the realm's kid)",
                    observed, () -> protectedEndpoints.get("reporting-service GET statistics")
                            .apply(given().header("Authorization", "Bearer " + forged)));
            assertTrue(forgedAtRestarted.statusCode() == 503 || forgedAtRestarted.statusCode() == 401,
                    "without keys a forged token cannot be told from a valid one: " + forgedAtRestarted.statusCode());
        } finally {
            keycloak.start();
            System.out.print("KeycloakOutageTest observed while Keycloak was down:\n" + observed);
        }

        // Back: new sign-ins work, and every service takes tokens again, no service restarted.
        String after = Tokens.tokens().fresh(newStaff);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (var endpoint : protectedEndpoints.entrySet()) {
                String token = endpoint.getKey().startsWith("reporting") ? Tokens.tokens().freshDistrictSystem() : after;
                int status = endpoint.getValue().apply(given().header("Authorization", "Bearer " + token)).statusCode();
                assertTrue(status == 200 || status == 201, endpoint.getKey() + " after Keycloak is back: " + status);
            }
        });
        Scenario.asStaff(code).get("/api/v1/residents/" + resident).then().statusCode(200);
    }

    private static Response timed(String what, StringBuilder observed, java.util.function.Supplier<Response> request) {
        long started = System.nanoTime();
        Response response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        observed.append(String.format("  %s -> %d in %d ms%n", what, response.statusCode(), took.toMillis()));
        assertTrue(took.compareTo(PROMPT) < 0, what + " answered promptly, not after " + took);
        return response;
    }
}
