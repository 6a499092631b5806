package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import io.communityedu.demo.DemoData;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo data ./suite loads on first start shows these statistics, counted by hand from DemoData. */
@ExtendWith(SuiteExtension.class)
class DemoDataTest {

    @Test
    void theSeedCommunitysDemoYearShowsTheNumbersCountedByHandAndLoadsOnlyOnce(RunningSuite suite) {
        DemoData demo = new DemoData(suite.gateway(), suite.keycloakUri());
        assertTrue(demo.loadIfAbsent());
        assertFalse(demo.loadIfAbsent(), "a second start finds the data and leaves it alone");

        // Participants: 3 pupils (王小明, 张子涵, and 陈浩 promoted when 李思思 cancelled), 3 mothers,
        // 3 workers, 2 seniors = 11 of 20 residents. Confirmed: 3 pupils + 2 mothers + 3 poetry;
        // completed: 刘芳 (16 h) and the 3 workers (40 h each).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath stats = Scenario.asDistrictSystem().get("/api/v1/statistics/communities/qinghuai-road/years/2010")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(20, stats.getInt("residentPopulation"));
            assertEquals(11, stats.getInt("participants"));
            assertEquals(0.55f, stats.getFloat("participationRate"));
            assertTrue(stats.getBoolean("participationTargetMet"));
            assertEquals(2, stats.getInt("featuredProgrammes"));
            assertEquals(Map.of("confirmed", 8, "waitlisted", 0, "cancelled", 1, "completed", 4), stats.getMap("enrolments"));
            assertEquals(List.of(3, 3, 3, 3), stats.getList("byStrand.participants"));
            assertEquals(List.of(3, 3, 3, 3), stats.getList("byStrand.enrolments"));
            assertEquals(List.of(0, 1, 3, 0), stats.getList("byStrand.completions"));
            assertEquals(List.of(0, 16, 120, 0), stats.getList("byStrand.learnerHours"));
            assertEquals(150000.00f, stats.getFloat("budget"));
            assertEquals(120000.00f, stats.getFloat("previousYearBudget"));
            assertTrue(stats.getBoolean("budgetIncreased"));
        });
    }
}
