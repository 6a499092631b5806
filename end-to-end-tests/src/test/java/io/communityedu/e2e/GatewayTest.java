package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SuiteExtension.class)
class GatewayTest {

    @Test
    void everyPrefixOfTheApiReachesItsOwnerWithStatusHeadersAndQueryStringIntact(RunningSuite suite) {
        String code = "gw-" + UUID.randomUUID().toString().substring(0, 8);
        Scenario.asOfficer().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "网关社区", "district", "清河区"))
                .post("/api/v1/communities")
                .then().statusCode(201)
                // Built by programmes-service from the Host the gateway passed on: the gateway's address.
                .header("Location", suite.gateway().resolve("/api/v1/communities/" + code).toString())
                .body("name", equalTo("网关社区"));
        given().queryParam("page", 0).queryParam("size", 1).get("/api/v1/communities")
                .then().statusCode(200).body("size", equalTo(1)).body("items.size()", equalTo(1));
        given().queryParam("size", 101).get("/api/v1/providers")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/sessions/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        Scenario.asOfficer().get("/api/v1/residents/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        Scenario.asOfficer().get("/api/v1/enrolments/" + UUID.randomUUID()).then().statusCode(404);
        Scenario.asOfficer().queryParam("sessionId", UUID.randomUUID().toString()).get("/api/v1/attendance").then().statusCode(404);
        Scenario.asDistrictSystem().get("/api/v1/statistics/communities/" + code + "/years/2011").then().statusCode(404);
    }

    @Test
    void districtSummaryKeepsItsEtagAndConditionalRequestsThroughTheGateway() {
        String etag = Scenario.asDistrictSystem().accept("text/csv").get("/api/v1/statistics/years/1999")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("communityCode,residentPopulation,participants"))
                .extract().header("ETag");
        Scenario.asDistrictSystem().accept("text/csv").header("If-None-Match", etag).get("/api/v1/statistics/years/1999")
                .then().statusCode(304).header("ETag", etag);
    }

    @Test
    void aRequestIdIsCreatedWhenAbsentReturnedAndLoggedByTheServiceThatHandledIt(RunningSuite suite) {
        String created = given().get("/api/v1/communities").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}")).extract().header("X-Request-Id");
        String mine = "trace-" + UUID.randomUUID();
        Scenario.asOfficer().header("X-Request-Id", mine).get("/api/v1/residents?community=nowhere")
                .then().header("X-Request-Id", equalTo(mine));

        await().untilAsserted(() -> {
            assertTrue(suite.programmes().logText().contains("rid=" + created), "programmes-service logged " + created);
            assertTrue(suite.enrolment().logText().contains("rid=" + mine), "enrolment-service logged " + mine);
            assertTrue(suite.gatewayProcess().logText().contains("rid=" + mine), "the gateway logged " + mine);
        });
        // An id that could forge a log line is replaced, not passed on.
        String forged = given().header("X-Request-Id", "x\" 200 forged").get("/api/v1/communities")
                .then().extract().header("X-Request-Id");
        assertFalse(forged.contains("forged"));
    }

    @Test
    void pathsNoServiceOwnsAreProblemNotFound() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        // Longer names that merely start with an owned prefix are not forwarded.
        given().get("/api/v1/communitiesx").then().statusCode(404).contentType("application/problem+json");
        // Operations endpoints of the services stay internal.
        given().get("/admin/projections").then().statusCode(404);
    }

    @Test
    void openApiIsOneDocumentOfEveryServiceWithEveryReferenceResolvable() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/json")).extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        for (String path : List.of("/api/v1/communities", "/api/v1/communities/{code}", "/api/v1/communities/{code}/plans",
                "/api/v1/communities/{code}/plans/{year}", "/api/v1/providers", "/api/v1/providers/{id}",
                "/api/v1/programmes", "/api/v1/programmes/{id}", "/api/v1/programmes/{id}/sessions", "/api/v1/sessions/{id}",
                "/api/v1/residents", "/api/v1/residents/{id}", "/api/v1/residents/{id}/enrolments", "/api/v1/enrolments",
                "/api/v1/enrolments/{id}", "/api/v1/enrolments/{id}/cancel", "/api/v1/enrolments/{id}/complete",
                "/api/v1/attendance", "/api/v1/statistics/communities/{code}/years/{year}", "/api/v1/statistics/years/{year}")) {
            assertTrue(paths.containsKey(path), "merged document lists " + path);
        }
        assertTrue(paths.keySet().stream().allMatch(p -> p.startsWith("/api/v1/")), "only paths the gateway serves: " + paths.keySet());
        assertEquals("Community education platform API", doc.getString("info.title"));

        Map<String, Object> components = doc.getMap("components");
        List<String> refs = new ArrayList<>();
        Deque<Object> pending = new ArrayDeque<>(List.of(doc.getMap("")));
        while (!pending.isEmpty()) {
            Object node = pending.pop();
            if (node instanceof Map<?, ?> map) {
                if (map.get("$ref") instanceof String ref) {
                    refs.add(ref);
                }
                pending.addAll(map.values());
            } else if (node instanceof List<?> list) {
                pending.addAll(list);
            }
        }
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            String[] parts = ref.substring("#/components/".length()).split("/", 2);
            assertTrue(components.get(parts[0]) instanceof Map<?, ?> section && section.containsKey(parts[1]), "resolvable: " + ref);
        }
        given().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("/api/v1/statistics/years/{year}"));
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
        given().get("/q/swagger-ui/index.html").then().statusCode(200).body(containsString("/q/openapi"));
    }

    @Test
    void healthAggregatesTheReadinessOfEveryService() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.'programmes-service'", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.'enrolment-service'", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.'reporting-service'", equalTo("UP"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void corsLetsTheConfiguredWebOriginInAndNoOtherOne() {
        given().header("Origin", SuiteExtension.ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .options("/api/v1/enrolments")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", SuiteExtension.ALLOWED_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", SuiteExtension.ALLOWED_ORIGIN).get("/api/v1/communities")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", SuiteExtension.ALLOWED_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/enrolments")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
