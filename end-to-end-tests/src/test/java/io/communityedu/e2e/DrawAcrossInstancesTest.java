package io.communityedu.e2e;

import io.communityedu.localstack.LocalStack;
import io.communityedu.localstack.suite.RunningSuite;
import io.communityedu.localstack.suite.SuiteProcess;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.communityedu.localstack.Concurrently.inParallel;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two enrolment-service instances on one database, as a scaled-out deployment runs them: staff press "draw" on
 * both at once while both schedulers look for due draws, and the lottery is drawn exactly once.
 */
@ExtendWith(SuiteExtension.class)
class DrawAcrossInstancesTest {

    private static final int YEAR = 2016;
    private static final int APPLICANTS = 24;
    private static final int PLACES = 8;

    @Test
    void drawsPressedOnTwoInstancesAtOnceDrawTheLotteryOnce(RunningSuite suite) throws Exception {
        int port = LocalStack.freePort();
        SuiteProcess second = suite.anotherInstance("enrolment-service", "enrolment", port);
        second.start();
        try {
            URI secondUri = URI.create("http://127.0.0.1:" + port);
            String code = Scenario.uniqueCode("two-instances");
            Scenario.community(code, "双实例摇号社区");
            Scenario.plan(code, YEAR, 100, 50, 1, "1000.00");
            String programme = Scenario.programme(code, YEAR, "老年大学书法班", "SELF_EDUCATION", List.of("SENIOR"), null,
                    false, null);
            List<String> residents = IntStream.range(0, APPLICANTS)
                    .mapToObj(i -> Scenario.resident(code, "申请人" + i, "1950-01-01", "SENIOR")).toList();
            // Not a senior: refused either way, GROUP_NOT_ELIGIBLE while applications are open, ENROLMENT_CLOSED after.
            String probe = Scenario.resident(code, "试探者", "1990-01-01", "IN_SERVICE");
            Map<String, Object> lottery = new HashMap<>(Map.of("title", "摇号班", "startDate", YEAR + "-09-01",
                    "endDate", YEAR + "-12-31", "venue", "社区活动室", "capacity", PLACES, "hours", 20,
                    "enrolmentClosesAt", Instant.now().plus(Duration.ofHours(1)).toString(), "allocation", "LOTTERY"));
            String session = Scenario.post(Scenario.asStaff(code), "/api/v1/programmes/" + programme + "/sessions", lottery)
                    .getString("id");
            Scenario.sessionOf(session, code);
            Scenario.awaitSessionKnown(session);
            residents.forEach(resident -> Scenario.enrol(resident, session, "APPLIED"));
            await().atMost(Duration.ofMinutes(2)).ignoreExceptions() // connection refused while it starts
                    .until(() -> given().get(secondUri.resolve("/q/health/ready")).statusCode() == 200);

            // Applications close now, as far as enrolment-service knows once the probe is told so.
            Scenario.asStaff(code).contentType(ContentType.JSON).body(Map.of("enrolmentClosesAt", Instant.now().toString()))
                    .patch("/api/v1/sessions/" + session).then().statusCode(200);
            await().atMost(Scenario.EVENT_DELIVERY).until(() -> Scenario.asStaff(code).contentType(ContentType.JSON)
                    .body(Map.of("residentId", probe, "sessionId", session)).post("/api/v1/enrolments").then()
                    .statusCode(422).extract().path("code"), "ENROLMENT_CLOSED"::equals);

            // Both instances, ten presses each, released together.
            String token = Tokens.of(Scenario.staffOf(code));
            List<Callable<Integer>> presses = new ArrayList<>();
            for (URI instance : List.of(suite.enrolmentUri(), secondUri)) {
                for (int i = 0; i < 10; i++) {
                    presses.add(() -> given().baseUri(instance.toString()).header("Authorization", "Bearer " + token)
                            .contentType(ContentType.JSON).body(Map.of("sessionId", session))
                            .post("/api/v1/draws").statusCode());
                }
            }
            List<Integer> statuses = inParallel(presses);
            Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            // One press draws, unless a scheduler got there first; every other press is told it is drawn.
            assertTrue(Set.of(200, 409).containsAll(byStatus.keySet()), "statuses: " + byStatus);
            assertTrue(byStatus.getOrDefault(200, 0L) <= 1, "statuses: " + byStatus);

            JsonPath draw = Scenario.asOfficer().get("/api/v1/draws/" + session).then().statusCode(200).extract().jsonPath();
            assertNotNull(draw.getString("drawnAt"));
            List<Integer> ranks = draw.getList("order.rank");
            assertEquals(IntStream.rangeClosed(1, APPLICANTS).boxed().toList(), ranks);
            assertEquals(PLACES, draw.getList("order.status").stream().filter("CONFIRMED"::equals).count());

            // One draw's outcome everywhere: the waitlist in draw order 1..n, and the statistics built from its events.
            List<Integer> positions = Scenario.asStaff(code).queryParam("sessionId", session).queryParam("status", "WAITLISTED")
                    .queryParam("size", 100).get("/api/v1/enrolments").then().statusCode(200).extract().jsonPath()
                    .getList("items.waitlistPosition");
            assertEquals(IntStream.rangeClosed(1, APPLICANTS - PLACES).boxed().toList(), positions);
            await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> assertEquals(
                    Scenario.enrolments(PLACES, APPLICANTS - PLACES, 0, 0), Scenario.statistics(code, YEAR).getMap("enrolments")));
        } finally {
            second.stop();
        }
    }
}
