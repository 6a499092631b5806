package io.communityedu.e2e;

import io.communityedu.localstack.LocalMariaDb;
import io.communityedu.localstack.suite.RunningSuite;
import io.communityedu.localstack.suite.SuiteProcess;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database stopped under the running services: whatever needs it is a problem+json 503 at
 * once (not a 500, not a hang), and once it is back the same requests are served again by the
 * same processes, and changes flow to the statistics again.
 */
@ExtendWith(SuiteExtension.class)
class DatabaseOutageTest {

    private static final int YEAR = 2012;
    /**
     * A service gives up on the database within its pool's acquisition timeout (5 s; 10 s for
     * enrolment-service); here it has to answer before the gateway's response timeout, or it would be a 504.
     */
    private static final Duration PROMPT = SuiteExtension.GATEWAY_RESPONSE_TIMEOUT;

    @Test
    void requestsNeedingTheStoppedDatabaseAreServiceUnavailableAtOnceAndServedAgainWithoutRestarts(RunningSuite suite) {
        String code = Scenario.uniqueCode("db-outage");
        Scenario.community(code, "停库测试社区");
        Scenario.plan(code, YEAR, 100, 30, 0, "12000.00");
        String resident = Scenario.resident(code, "欧阳停库", "1975-05-05");
        await().atMost(Scenario.EVENT_DELIVERY).until(() -> Scenario.asDistrictSystem()
                .get("/api/v1/statistics/communities/" + code + "/years/" + YEAR).statusCode() == 200);
        String refusedCode = Scenario.uniqueCode("db-outage-new");

        // One request per service that needs its database, reads and a write.
        Map<String, Function<RequestSpecification, Response>> requests = new LinkedHashMap<>();
        requests.put("programmes-service read", r -> r.get("/api/v1/communities/" + code));
        requests.put("programmes-service list", r -> r.get("/api/v1/communities/" + code + "/plans"));
        requests.put("programmes-service write", r -> r.header(bearer(Tokens.of(Tokens.OFFICER))).contentType(ContentType.JSON)
                .body(Map.of("code", refusedCode, "name", "停库时登记的社区")).post("/api/v1/communities"));
        requests.put("enrolment-service read", r -> r.header(bearer(Tokens.of(Scenario.staffOf(code)))).get("/api/v1/residents/" + resident));
        requests.put("enrolment-service list", r -> r.header(bearer(Tokens.of(Scenario.staffOf(code)))).queryParam("community", code).get("/api/v1/residents"));
        requests.put("reporting-service read", r -> r.header(bearer(Tokens.districtSystem())).get("/api/v1/statistics/communities/" + code + "/years/" + YEAR));
        requests.put("reporting-service summary", r -> r.header(bearer(Tokens.districtSystem())).get("/api/v1/statistics/years/" + YEAR));
        List<String> reads = requests.keySet().stream().filter(name -> !name.endsWith("write")).toList();
        reads.forEach(name -> assertEquals(200, requests.get(name).apply(given()).statusCode(), name + " works at first"));
        Map<String, Long> pids = pids(suite);

        LocalMariaDb mariaDb = suite.stack().mariaDb();
        mariaDb.stop();
        try {
            // Twice: once while the pool still holds the connections of before, once with none left.
            for (int attempt = 1; attempt <= 2; attempt++) {
                for (var request : requests.entrySet()) {
                    long started = System.nanoTime();
                    Response response = request.getValue().apply(given());
                    Duration took = Duration.ofNanos(System.nanoTime() - started);
                    String what = request.getKey() + " (attempt " + attempt + ")";
                    System.out.printf("DatabaseOutageTest: %s answered %d in %d ms%n", what, response.statusCode(), took.toMillis());
                    assertEquals(503, response.statusCode(), what + ": " + response.asString());
                    response.then().contentType("application/problem+json")
                            .header("Retry-After", not(equalTo(null)))
                            .body("status", equalTo(503))
                            .body("detail", containsString("database"))
                            .body(not(containsString("Exception")));
                    assertTrue(took.compareTo(PROMPT) < 0, what + " answered promptly, not after " + took);
                }
            }
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            mariaDb.start();
        }

        try {
            // The same processes serve the same requests again from the very first one: no connection the
            // pool opened before the restart (all of them dead now) is handed out to a request.
            for (int round = 1; round <= 3; round++) {
                for (String name : reads) {
                    Response response = requests.get(name).apply(given());
                    assertEquals(200, response.statusCode(), name + ", request " + round + " after the restart: " + response.asString());
                }
            }
            // The write refused during the outage left nothing behind, and is taken now.
            given().get("/api/v1/communities/" + refusedCode).then().statusCode(404);
            requests.get("programmes-service write").apply(given()).then().statusCode(201);
            await().atMost(Duration.ofMinutes(1)).until(() -> given().get("/q/health/ready").statusCode() == 200);
            assertEquals(pids, pids(suite), "no process was restarted");

            // Outbox relays and event consumers have recovered too: a new plan reaches enrolment-service and the statistics.
            Scenario.plan(refusedCode, YEAR, 80, 40, 0, "9000.00");
            Scenario.resident(refusedCode, "司马复库", "1982-08-08");
            await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> Scenario.asDistrictSystem()
                    .get("/api/v1/statistics/communities/" + refusedCode + "/years/" + YEAR).then().statusCode(200)
                    .body("residentPopulation", equalTo(80)).body("budget", equalTo(9000.00f)));
        } finally {
            suite.awaitReady(Duration.ofMinutes(2));
        }
    }

    private static Header bearer(String token) {
        return new Header("Authorization", "Bearer " + token);
    }

    private static Map<String, Long> pids(RunningSuite suite) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (SuiteProcess process : List.of(suite.programmes(), suite.enrolment(), suite.reporting(), suite.gatewayProcess())) {
            pids.put(process.name(), process.pid());
        }
        return pids;
    }
}
