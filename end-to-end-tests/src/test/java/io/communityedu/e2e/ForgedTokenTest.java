package io.communityedu.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tokens that must not pass, against a protected endpoint of each service through the gateway: no
 * token, malformed, expired, signed with another key, alg none, a real token with its roles changed,
 * a real token of another issuer, a real token for another audience. Each is a 401 problem+json with a
 * Bearer challenge, and nothing changes. The same requests with a real token are accepted (so what
 * refuses the others is the token alone).
 */
@ExtendWith(SuiteExtension.class)
class ForgedTokenTest {

    private static final int YEAR = 2017;

    @Test
    void forgedExpiredForeignAndMalformedTokensAreUnauthorizedAtEveryServiceAndChangeNothing() {
        String code = Scenario.uniqueCode("forged");
        Scenario.community(code, "伪造令牌社区");
        Scenario.plan(code, YEAR, 10, 50, 0, "1000.00");
        Scenario.resident(code, "真居民", "1970-01-01");
        await().atMost(Scenario.EVENT_DELIVERY).until(() -> Scenario.asDistrictSystem()
                .get("/api/v1/statistics/communities/" + code + "/years/" + YEAR).statusCode() == 200);

        // Officers may do all three: only the token can be the reason for a refusal.
        String officer = Tokens.of(Tokens.OFFICER);
        String newCommunity = Scenario.uniqueCode("forged-new");
        Map<String, Function<RequestSpecification, Response>> endpoints = new LinkedHashMap<>();
        endpoints.put("programmes-service POST /api/v1/communities", r -> r.contentType(ContentType.JSON)
                .body(Map.of("code", newCommunity, "name", "不该出现的社区", "district", "清河区")).post("/api/v1/communities"));
        PersonalDataUsed.resident("不该出现的居民", "13500000000");
        endpoints.put("enrolment-service POST /api/v1/residents", r -> r.contentType(ContentType.JSON)
                .body(Map.of("name", "不该出现的居民", "birthDate", "1990-01-01", "communityCode", code,
                        "groups", List.of("GENERAL"), "phone", "13500000000")).post("/api/v1/residents"));
        endpoints.put("reporting-service GET /api/v1/statistics/communities/{code}/years/{year}",
                r -> r.get("/api/v1/statistics/communities/" + code + "/years/" + YEAR));

        ObjectNode header = Jwts.header(officer);
        ObjectNode claims = Jwts.payload(officer);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("missing", null);
        tokens.put("malformed: not a JWT", "Bearer not-a-token");
        tokens.put("malformed: two parts", "Bearer " + officer.substring(0, officer.lastIndexOf('.')));
        tokens.put("malformed: empty", "Bearer ");
        tokens.put("malformed: another scheme", "Basic " + java.util.Base64.getEncoder().encodeToString("officer:demo".getBytes()));
        tokens.put("malformed: garbage in the payload", "Bearer " + officer.split("\\.")[0] + ".%%%." + officer.split("\\.")[2]);
        ObjectNode expired = claims.deepCopy();
        expired.put("iat", Instant.now().minusSeconds(7200).getEpochSecond());
        expired.put("exp", Instant.now().minusSeconds(3600).getEpochSecond());
        tokens.put("expired an hour ago (signed by us)", "Bearer " + Jwts.signedByUs(header.deepCopy(), expired));
        tokens.put("wrongly signed (our key, the realm's kid)", "Bearer " + Jwts.signedByUs(header.deepCopy(), claims.deepCopy()));
        ObjectNode noKid = header.deepCopy();
        noKid.remove("kid");
        tokens.put("wrongly signed (our key, no kid)", "Bearer " + Jwts.signedByUs(noKid, claims.deepCopy()));
        tokens.put("alg none", "Bearer " + Jwts.unsigned(header.deepCopy(), claims.deepCopy()));
        String district = Tokens.districtSystem();
        ObjectNode promoted = Jwts.payload(district);
        promoted.putObject("realm_access").putArray("roles").add("admin").add("district-officer");
        tokens.put("tampered payload (district system made admin)", "Bearer " + Jwts.withPayload(district, promoted));
        ObjectNode otherIssuer = claims.deepCopy();
        otherIssuer.put("iss", "http://login.elsewhere.example/realms/community-edu");
        tokens.put("other issuer (signed by us)", "Bearer " + Jwts.signedByUs(header.deepCopy(), otherIssuer));
        tokens.put("other issuer (real token of the master realm)", "Bearer " + Tokens.tokens().otherRealm());
        String noAudience = Tokens.tokens().withoutApiAudience(Tokens.OFFICER);
        assertTrue(!Jwts.payload(noAudience).path("aud").toString().contains("community-edu-api"),
                "a token without the API's audience: " + Jwts.payload(noAudience));
        tokens.put("other audience (real token without community-edu-api)", "Bearer " + noAudience);

        long communitiesBefore = Scenario.asAdmin().get("/api/v1/communities").then().statusCode(200).extract().jsonPath().getLong("total");
        long residentsBefore = residents(code);
        String statisticsBefore = Scenario.asAdmin().get("/api/v1/statistics/communities/" + code + "/years/" + YEAR).asString();

        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (var token : tokens.entrySet()) {
            for (var endpoint : endpoints.entrySet()) {
                RequestSpecification request = given();
                if (token.getValue() != null) {
                    request.header("Authorization", token.getValue());
                }
                long started = System.nanoTime();
                Response response = endpoint.getValue().apply(request);
                long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
                requests++;
                String what = token.getKey() + " at " + endpoint.getKey() + " -> " + response.statusCode() + " in " + took
                        + " ms, WWW-Authenticate " + response.header("WWW-Authenticate") + ": " + response.asString();
                if (response.statusCode() != 401
                        || !String.valueOf(response.contentType()).startsWith("application/problem+json")
                        || response.header("WWW-Authenticate") == null
                        || !response.header("WWW-Authenticate").startsWith("Bearer")
                        || response.jsonPath().getInt("status") != 401
                        || took > 5000) {
                    failures.add(what);
                }
            }
        }
        System.out.printf("ForgedTokenTest: %d token kinds x %d endpoints%n", tokens.size(), endpoints.size());

        // Nothing changed: no community, no resident; the statistics as they were once events had time to arrive.
        Scenario.asAdmin().get("/api/v1/communities/" + newCommunity).then().statusCode(404);
        assertEquals(communitiesBefore, Scenario.asAdmin().get("/api/v1/communities").then().extract().jsonPath().getLong("total"));
        assertEquals(residentsBefore, residents(code));
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(10)).until(
                () -> Scenario.asAdmin().get("/api/v1/statistics/communities/" + code + "/years/" + YEAR).asString(),
                statisticsBefore::equals);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + requests + " bad tokens not refused as 401 problem+json with a Bearer challenge:\n"
                    + String.join("\n", failures));
        }

        // The same requests with a real token of someone allowed: accepted.
        for (var endpoint : endpoints.entrySet()) {
            int status = endpoint.getValue().apply(given().header("Authorization", "Bearer " + Tokens.of(Tokens.OFFICER))).statusCode();
            assertTrue(status == 200 || status == 201, endpoint.getKey() + " with the officer's real token: " + status);
        }
    }

    private static long residents(String code) {
        return Scenario.asAdmin().queryParam("community", code).get("/api/v1/residents").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
