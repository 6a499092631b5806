package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.communityedu.e2e.Scenario.enrol;
import static io.communityedu.e2e.Scenario.enrolments;
import static io.communityedu.e2e.Scenario.statistics;
import static io.communityedu.e2e.Scenario.strand;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * reporting-service killed outright (SIGKILL) while a burst of enrolments, cancellations and
 * completions is being produced, and started again: it resumes from its committed offsets, and
 * what it had applied but not yet committed comes again and is recognised, so the statistics end
 * at the hand count.
 */
@ExtendWith(SuiteExtension.class)
class ReportingRestartTest {

    private static final int YEAR = 2014;
    private static final String[] SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章".split("");

    @Test
    void statisticsReachTheHandCountAfterReportingIsKilledInTheMiddleOfABurst(RunningSuite suite) throws Exception {
        String code = Scenario.uniqueCode("reporting-crash");
        Scenario.community(code, "重启测试社区");
        Scenario.plan(code, YEAR, 50, 60, 1, "88000.00");
        String job = Scenario.session(Scenario.programme(code, YEAR, "家政服务员职业技能培训", "JOB_CAPABILITY", true,
                "家政服务员职业技能证书"), YEAR, 25, 20);
        String training = Scenario.session(Scenario.programme(code, YEAR, "社区居民急救知识培训", "RESIDENT_TRAINING", false,
                null), YEAR, 100, 8);
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            residents.add(Scenario.resident(code, SURNAMES[i] + "居民" + (i + 1), (1950 + i) + "-06-15"));
        }
        Scenario.awaitSessionKnown(job);
        Scenario.awaitSessionKnown(training);
        await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> {
            JsonPath stats = statistics(code, YEAR);
            assertEquals(List.of(0, 1, 1, 0), stats.getList("byStrand.sessions"));
            assertEquals(enrolments(0, 0, 0, 0), stats.getMap("enrolments"));
        });

        long reportingBefore = suite.reporting().pid();
        AtomicInteger done = new AtomicInteger();
        CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> burst(code, residents, job, training, done));
        try {
            // Killed while changes stream in, before they have all been produced, let alone consumed.
            await().atMost(Duration.ofSeconds(60)).until(() -> done.get() >= 15 || burst.isDone());
            assertTrue(done.get() < 40, "the burst is still under way when reporting-service is killed");
            suite.reporting().kill();
            await().atMost(Duration.ofSeconds(60)).until(() -> done.get() >= 25 || burst.isDone());
        } finally {
            if (!suite.reporting().isRunning()) {
                suite.reporting().start();
            }
        }
        try {
            burst.get(2, TimeUnit.MINUTES);
        } finally {
            suite.awaitReady(Duration.ofMinutes(2));
        }
        assertNotEquals(reportingBefore, suite.reporting().pid(), "a new reporting-service process");

        // By hand, session job (25 places, 20 h): residents 1-25 confirmed, 26-40 waiting; 1-5 cancel, so 26-30
        // move up; 6-13 complete. Session training (100 places, 8 h): residents 31-40 confirmed, 31-34 complete.
        // Participants: 6-30 and 31-40 = 35 of 50 = 70%, target 60% met. Confirmed 17 + 6, waiting 10,
        // cancelled 5, completed 8 + 4; learner hours 8 × 20 and 4 × 8.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertExpectedStatistics(code));
        Scenario.asStaff(code).queryParam("sessionId", job).queryParam("status", "WAITLISTED").get("/api/v1/enrolments")
                .then().statusCode(200).body("total", equalTo(10));
    }

    /** One client producing changes one after another, so that every outcome is known in advance. */
    private static void burst(String code, List<String> residents, String job, String training, AtomicInteger done) {
        List<String> jobEnrolments = new ArrayList<>();
        List<String> trainingEnrolments = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            jobEnrolments.add(enrol(residents.get(i), job, i < 25 ? "CONFIRMED" : "WAITLISTED"));
            done.incrementAndGet();
        }
        for (int i = 30; i < 40; i++) {
            trainingEnrolments.add(enrol(residents.get(i), training, "CONFIRMED"));
            done.incrementAndGet();
        }
        for (int i = 0; i < 5; i++) {
            Scenario.asStaff(code).post("/api/v1/enrolments/" + jobEnrolments.get(i) + "/cancel").then().statusCode(200);
            done.incrementAndGet();
        }
        for (int i = 5; i < 13; i++) {
            Scenario.asStaff(code).post("/api/v1/enrolments/" + jobEnrolments.get(i) + "/complete").then().statusCode(200);
            done.incrementAndGet();
        }
        for (int i = 0; i < 4; i++) {
            Scenario.asStaff(code).post("/api/v1/enrolments/" + trainingEnrolments.get(i) + "/complete").then().statusCode(200);
            done.incrementAndGet();
        }
    }

    private static void assertExpectedStatistics(String code) {
        JsonPath stats = statistics(code, YEAR);
        assertEquals(50, stats.getInt("residentPopulation"));
        assertEquals(35, stats.getInt("participants"));
        assertEquals(0.7f, stats.getFloat("participationRate"));
        assertEquals(true, stats.getBoolean("participationTargetMet"));
        assertEquals(1, stats.getInt("featuredProgrammes"));
        assertEquals(enrolments(23, 10, 5, 12), stats.getMap("enrolments"));
        assertEquals(List.of(
                strand("YOUTH_DEVELOPMENT", 0, 0, 0, 0, 0, 0),
                strand("JOB_CAPABILITY", 1, 1, 25, 25, 8, 160),
                strand("RESIDENT_TRAINING", 1, 1, 10, 10, 4, 32),
                strand("SELF_EDUCATION", 0, 0, 0, 0, 0, 0)), stats.getList("byStrand"));
        assertEquals(88000.00f, stats.getFloat("budget"));
    }
}
