package io.communityedu.e2e;

import io.communityedu.localstack.LocalKafka;
import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.communityedu.e2e.Scenario.enrol;
import static io.communityedu.e2e.Scenario.enrolments;
import static io.communityedu.e2e.Scenario.statistics;
import static io.communityedu.e2e.Scenario.strand;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kafka stopped under the running suite: enrolment-service and programmes-service keep taking
 * changes (their outboxes hold the events), and once the broker is back every event arrives
 * exactly once, so the statistics end at the hand count.
 */
@ExtendWith(SuiteExtension.class)
class KafkaOutageTest {

    private static final int YEAR = 2013;

    @Test
    void changesAcceptedWhileKafkaIsDownReachTheStatisticsExactlyOnceWhenItIsBack(RunningSuite suite) {
        String code = Scenario.uniqueCode("kafka-outage");
        Scenario.community(code, "断网测试社区");
        Scenario.plan(code, YEAR, 10, 50, 1, "60000.00");
        String programme = Scenario.programme(code, YEAR, "社区书法班", "SELF_EDUCATION", true, "书法结业证书");
        String session = Scenario.session(programme, YEAR, 3, 12);
        List<String> residents = List.of(
                Scenario.resident(code, "陈一", "1960-01-01"),
                Scenario.resident(code, "林二", "1970-02-02"),
                Scenario.resident(code, "黄三", "1980-03-03"),
                Scenario.resident(code, "吴四", "1990-04-04"),
                Scenario.resident(code, "郑五", "2000-05-05"));
        Scenario.awaitSessionKnown(session);
        // Before the outage the statistics know the plan and the programme, and no enrolment yet.
        await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> {
            JsonPath stats = statistics(code, YEAR);
            assertEquals(1, stats.getInt("featuredProgrammes"));
            assertEquals(strand("SELF_EDUCATION", 1, 1, 0, 0, 0, 0), stats.getMap("byStrand[3]"));
        });
        JsonPath before = statistics(code, YEAR);

        LocalKafka kafka = suite.stack().kafka();
        kafka.stop();
        String waiting;
        try {
            // enrolment-service decides from its own copy of the session: no broker needed.
            String cancelled = enrol(residents.get(0), session, "CONFIRMED");
            String completed = enrol(residents.get(1), session, "CONFIRMED");
            enrol(residents.get(2), session, "CONFIRMED");
            String promoted = enrol(residents.get(3), session, "WAITLISTED");
            waiting = enrol(residents.get(4), session, "WAITLISTED");
            Scenario.asStaff(code).get("/api/v1/enrolments/" + waiting).then().body("waitlistPosition", equalTo(2));

            Scenario.asStaff(code).post("/api/v1/enrolments/" + cancelled + "/cancel").then().statusCode(200)
                    .body("status", equalTo("CANCELLED"));
            Scenario.asStaff(code).get("/api/v1/enrolments/" + promoted).then().statusCode(200)
                    .body("status", equalTo("CONFIRMED")).body("waitlistPosition", nullValue());
            Scenario.asStaff(code).post("/api/v1/enrolments/" + completed + "/complete").then().statusCode(200)
                    .body("status", equalTo("COMPLETED")).body("certificateNumber", matchesPattern("CE2013-[0-9A-Z]{12}"));

            // programmes-service takes a change too; enrolment-service can only learn of it through Kafka.
            Scenario.asStaff(code).contentType(ContentType.JSON).body(Map.of("capacity", 4)).patch("/api/v1/sessions/" + session)
                    .then().statusCode(200).body("capacity", equalTo(4));
            Scenario.asStaff(code).get("/api/v1/enrolments/" + waiting).then().body("status", equalTo("WAITLISTED"))
                    .body("waitlistPosition", equalTo(1));

            // Nothing has travelled yet: the statistics still show the year as it was before the outage.
            JsonPath during = statistics(code, YEAR);
            assertEquals(before.getMap("enrolments"), during.getMap("enrolments"));
            assertEquals(before.getList("byStrand"), during.getList("byStrand"));
        } finally {
            kafka.start();
        }

        try {
            // The raised capacity arrives at enrolment-service, which lets the last waiting resident in.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Scenario.asStaff(code).get("/api/v1/enrolments/" + waiting)
                    .then().statusCode(200).body("status", equalTo("CONFIRMED")));

            // By hand: 陈一 cancelled, 林二 completed (12 h), 黄三 and 吴四 confirmed, 郑五 confirmed by the
            // raised capacity: 4 participants of 10 residents = 40%, below the 50% target.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertExpectedStatistics(code));
        } finally {
            // Every outbox empty, every consumer caught up.
            suite.awaitReady(Duration.ofMinutes(2));
        }
        // Still so now that everything has been delivered: nothing counted twice.
        assertExpectedStatistics(code);
        Scenario.asStaff(code).queryParam("sessionId", session).get("/api/v1/enrolments").then().statusCode(200).body("total", equalTo(5));
    }

    private static void assertExpectedStatistics(String code) {
        JsonPath stats = statistics(code, YEAR);
        assertEquals(10, stats.getInt("residentPopulation"));
        assertEquals(4, stats.getInt("participants"));
        assertEquals(0.4f, stats.getFloat("participationRate"));
        assertEquals(false, stats.getBoolean("participationTargetMet"));
        assertEquals(1, stats.getInt("featuredProgrammes"));
        assertEquals(enrolments(3, 0, 1, 1), stats.getMap("enrolments"));
        assertEquals(List.of(
                strand("YOUTH_DEVELOPMENT", 0, 0, 0, 0, 0, 0),
                strand("JOB_CAPABILITY", 0, 0, 0, 0, 0, 0),
                strand("RESIDENT_TRAINING", 0, 0, 0, 0, 0, 0),
                strand("SELF_EDUCATION", 1, 1, 4, 4, 1, 12)), stats.getList("byStrand"));
        assertEquals(60000.00f, stats.getFloat("budget"));
    }
}
