package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import io.communityedu.demo.DemoData;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
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
                    .then().statusCode(200).extract().jsonPath()
                    .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
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
            assertEquals(money("150000.00"), stats.get("budget"));
            assertEquals(money("120000.00"), stats.get("previousYearBudget"));
            assertTrue(stats.getBoolean("budgetIncreased"));

            // Teachers: 周慧敏 and 马建国 (staff), 何晓东 and 钱文华 (volunteers), 林志远, 高雅琴 and 黄振华
            // (invited from the community college), 杜建军 (the training institution's). Meetings every month
            // but February and August; two training events.
            assertEquals(Map.of("STAFF", 2, "VOLUNTEER", 2, "INVITED", 3, "PROVIDER_STAFF", 1), stats.getMap("staff.teachers"));
            assertEquals(10, stats.getInt("staff.regularMeetingsHeld"));
            assertEquals(12, stats.getInt("staff.regularMeetingsPlanned"));
            assertEquals(2, stats.getInt("staff.developmentActivities"));

            // Spent: 8000.00 + 2680.00 + 12000.00 + 1250.00 + 980.00 - 980.00 (reversed) + 3560.50 + 4800.00.
            assertEquals(money("150000.00"), stats.get("funding.budget"));
            assertEquals(money("32290.50"), stats.get("funding.spent"));
            assertEquals(money("117709.50"), stats.get("funding.remaining"));
            assertEquals(List.of(
                    category("TEACHING", "60000.00", "20000.00"), category("MATERIALS", "20000.00", "3560.50"),
                    category("VENUES", "25000.00", "4800.00"), category("PUBLICITY", "10000.00", "1250.00"),
                    category("STAFF_DEVELOPMENT", "25000.00", "2680.00"), category("OTHER", "10000.00", "0.00")),
                    stats.getList("funding.byCategory"));
            assertEquals(money("2935.50"), stats.get("funding.spentPerParticipant"), "32290.50 / 11 participants");
            assertEquals(money("25.0"), stats.get("funding.budgetGrowthPercent"));
            // The three workers paid 400.00 of the institution's 500.00 (20% off for residents); the mothers' class
            // (no discount at the college) and the free programmes save nothing.
            assertEquals(money("300.00"), stats.get("residentSavings"));
        });
    }

    /** A decimal as the JSON carries it: equal only with the same places (150000.00, not 150000 or 1.5E+5). */
    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static Map<String, Object> category(String category, String budgeted, String spent) {
        return Map.of("category", category, "budgeted", money(budgeted), "spent", money(spent));
    }
}
