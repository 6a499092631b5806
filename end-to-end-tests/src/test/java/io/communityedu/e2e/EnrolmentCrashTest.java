package io.communityedu.e2e;

import io.communityedu.localstack.ConsumerGroups;
import io.communityedu.localstack.LocalStack;
import io.communityedu.localstack.suite.RunningSuite;
import io.communityedu.localstack.suite.SuiteProcess;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static io.communityedu.localstack.Concurrently.inParallel;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rush into one session on a second enrolment-service instance, which is killed (SIGKILL) while it is deciding
 * batches of the rush. Every answer it gave before it died stands, no one holds two places or more than capacity are
 * confirmed, and every client retrying with its Idempotency-Key on the surviving instance gets its first answer again
 * (or, if its request was never decided, a first decision that fits in the same order).
 */
@ExtendWith(SuiteExtension.class)
class EnrolmentCrashTest {

    private static final int YEAR = 2017;
    private static final int RESIDENTS = 160;
    private static final int PLACES = 40;
    /** Answers the second instance gives before it is killed: the rest of the rush is in flight or queued. */
    private static final int ANSWERS_BEFORE_KILL = 50;
    private static final String CONSUMER_GROUP = "enrolment-service";

    @Test
    void aCrashMidRushLosesNoAnswerGivenAndRetriesGetTheirFirstAnswer(RunningSuite suite) throws Exception {
        int port = LocalStack.freePort();
        ConsumerGroups groups = new ConsumerGroups(suite.stack().kafka().bootstrapServers());
        int members = groups.members(CONSUMER_GROUP);
        SuiteProcess second = suite.anotherInstance("enrolment-service", "enrolment", port);
        second.start();
        try {
            URI secondUri = URI.create("http://127.0.0.1:" + port);
            String code = Scenario.uniqueCode("crash-rush");
            Scenario.community(code, "崩溃演练社区");
            Scenario.plan(code, YEAR, 1000, 50, 1, "1000.00");
            String programme = Scenario.programme(code, YEAR, "周末合唱团", "SELF_EDUCATION", false, null);
            String session = Scenario.session(programme, YEAR, PLACES, 12);
            Scenario.sessionOf(session, code);
            Scenario.awaitSessionKnown(session);
            List<String> residents = IntStream.range(0, RESIDENTS)
                    .mapToObj(i -> Scenario.resident(code, "合唱团员" + i, "1985-03-0" + (1 + i % 9))).toList();
            await().atMost(Duration.ofMinutes(2)).ignoreExceptions() // connection refused while it starts
                    .until(() -> given().get(secondUri.resolve("/q/health/ready")).statusCode() == 200);

            String token = Tokens.of(Scenario.staffOf(code));
            AtomicInteger answered = new AtomicInteger();
            List<Callable<Map<String, Object>>> rush = new ArrayList<>();
            for (int i = 0; i < RESIDENTS; i++) {
                int index = i;
                rush.add(() -> {
                    try {
                        Response response = enrol(secondUri, token, residents.get(index), session, "crash-" + index);
                        if (response.statusCode() == 201 && answered.incrementAndGet() == ANSWERS_BEFORE_KILL) {
                            second.kill();
                        }
                        return response.statusCode() == 201 ? response.jsonPath().getMap("") : Map.of();
                    } catch (Exception connectionLost) {
                        return Map.of(); // killed under this request: no answer
                    }
                });
            }
            List<Map<String, Object>> first = inParallel(rush);
            assertTrue(!second.isRunning(), "the second instance was killed during the rush");
            long answeredBeforeKill = first.stream().filter(a -> !a.isEmpty()).count();
            assertTrue(answeredBeforeKill >= ANSWERS_BEFORE_KILL && answeredBeforeKill < RESIDENTS,
                    "the kill fell inside the rush: " + answeredBeforeKill + " answered of " + RESIDENTS);

            // Every client retries on the surviving instance with its key.
            Set<String> enrolmentIds = new HashSet<>();
            int replayed = 0;
            for (int i = 0; i < RESIDENTS; i++) {
                Response retry = enrol(suite.enrolmentUri(), token, residents.get(i), session, "crash-" + i);
                assertEquals(201, retry.statusCode(), retry.asString());
                Map<String, Object> again = retry.jsonPath().getMap("");
                if (!first.get(i).isEmpty()) {
                    assertEquals(first.get(i), again, "the answer given before the crash, again");
                    assertEquals("true", retry.header("Idempotent-Replayed"));
                    replayed++;
                }
                enrolmentIds.add((String) again.get("id"));
            }
            assertEquals(answeredBeforeKill, replayed);
            assertEquals(RESIDENTS, enrolmentIds.size(), "one enrolment per resident");

            // The roster: exactly the places confirmed, the rest waiting 1..n, nobody twice, nobody lost.
            List<Map<String, Object>> roster = Scenario.asStaff(code).queryParam("sessionId", session).queryParam("size", 100)
                    .get("/api/v1/enrolments").then().statusCode(200).extract().jsonPath().getList("items");
            List<Map<String, Object>> all = new ArrayList<>(roster);
            all.addAll(Scenario.asStaff(code).queryParam("sessionId", session).queryParam("size", 100).queryParam("page", 1)
                    .get("/api/v1/enrolments").then().statusCode(200).extract().jsonPath().getList("items"));
            assertEquals(RESIDENTS, all.size());
            assertEquals(enrolmentIds, new HashSet<>(all.stream().map(e -> (String) e.get("id")).toList()));
            assertEquals(RESIDENTS, all.stream().map(e -> e.get("residentId")).distinct().count());
            assertEquals(PLACES, all.stream().filter(e -> "CONFIRMED".equals(e.get("status"))).count());
            assertEquals(IntStream.rangeClosed(1, RESIDENTS - PLACES).boxed().toList(), all.stream()
                    .filter(e -> "WAITLISTED".equals(e.get("status"))).map(e -> (Integer) e.get("waitlistPosition"))
                    .sorted().toList());
        } finally {
            second.stop();
            // The killed instance never left its consumer group: until its session times out, nobody reads the
            // partitions it had, and the next tests would wait for events that are not coming.
            try (groups) {
                groups.awaitMembers(CONSUMER_GROUP, members, Duration.ofMinutes(1));
            }
        }
    }

    private static Response enrol(URI instance, String token, String resident, String session, String key) {
        return given().baseUri(instance.toString()).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("residentId", resident, "sessionId", session)).post("/api/v1/enrolments");
    }
}
