package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import io.communityedu.demo.DemoData;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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
        demo.loadIfAbsent(); // loaded here or by the other test of this class, whichever runs first
        assertFalse(demo.loadIfAbsent(), "a second start finds the data and leaves it alone");

        // Participants: 3 pupils (王小明, 张子涵, and 陈浩 promoted when 李思思 cancelled), 3 mothers,
        // 3 workers, 2 seniors, and 李思思 again, who won the lottery class = 12 of 20 residents. Confirmed:
        // 3 pupils + 2 mothers + 3 poetry + the lottery's 2 winners (李思思 and one of the three other pupils, who
        // already counted); its 2 others wait; completed: 刘芳 (16 h) and the 3 workers (40 h each).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath stats = Scenario.asDistrictSystem().get("/api/v1/statistics/communities/qinghuai-road/years/2010")
                    .then().statusCode(200).extract().jsonPath()
                    .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
            assertEquals(20, stats.getInt("residentPopulation"));
            assertEquals(12, stats.getInt("participants"));
            assertEquals(0.6f, stats.getFloat("participationRate"));
            assertTrue(stats.getBoolean("participationTargetMet"));
            assertEquals(2, stats.getInt("featuredProgrammes"));
            assertEquals(Scenario.enrolments(10, 2, 1, 4), stats.getMap("enrolments"));
            assertEquals(List.of(4, 3, 3, 3), stats.getList("byStrand.participants"));
            assertEquals(List.of(5, 3, 3, 3), stats.getList("byStrand.enrolments"));
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
            assertEquals(money("2690.88"), stats.get("funding.spentPerParticipant"), "32290.50 / 12 participants");
            assertEquals(money("25.0"), stats.get("funding.budgetGrowthPercent"));
            // The three workers paid 400.00 of the institution's 500.00 (20% off for residents); the mothers' class
            // (no discount at the college) and the free programmes save nothing.
            assertEquals(money("300.00"), stats.get("residentSavings"));
        });
    }

    @Test
    void theDemosLotteryIsDrawnOnFirstStartCanBeRecomputedFromWhatItPublishesAndTheFirstTimerHearsSheWon(
            RunningSuite suite) throws Exception {
        new DemoData(suite.gateway(), suite.keycloakUri()).loadIfAbsent();
        String session = lotterySession();

        JsonPath draw = Scenario.as(DemoData.RESIDENT_LI).get("/api/v1/draws/" + session).then().statusCode(200)
                .extract().jsonPath();
        byte[] seed = HexFormat.of().parseHex(draw.getString("seed"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed)),
                draw.getString("seedCommitment"), "the seed is the one committed to before the first application");
        List<Map<String, Object>> order = draw.getList("order");
        assertEquals(4, order.size());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(seed, "HmacSHA256"));
        List<Map<String, Object>> recomputed = new ArrayList<>(order);
        recomputed.sort(Comparator.<Map<String, Object>>comparingInt(e -> (Integer) e.get("tier"))
                .thenComparing(e -> HexFormat.of().formatHex(mac.doFinal(((String) e.get("enrolmentId"))
                        .getBytes(StandardCharsets.UTF_8)))));
        assertEquals(List.of(1, 2, 3, 4), recomputed.stream().map(e -> e.get("rank")).toList(),
                "ranks follow tier, then the HMAC of the enrolment id under the seed");
        assertEquals(List.of(1, 2, 2, 2), order.stream().map(e -> e.get("tier")).toList());
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED"), order.stream().map(e -> e.get("status")).toList());

        // 李思思 (resident.li) applied herself; she is the first-time learner and the first of the order.
        String hers = Scenario.as(DemoData.RESIDENT_LI).get("/api/v1/me/enrolments").then().statusCode(200).extract()
                .jsonPath().param("session", session).getString("items.find { it.sessionId == session }.id");
        assertEquals(hers, order.get(0).get("enrolmentId"));
        JsonPath inbox = Scenario.as(DemoData.RESIDENT_LI).get("/api/v1/me/notifications").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> won = inbox.<Map<String, Object>>getList("items").stream()
                .filter(n -> "DRAW_WON".equals(n.get("kind")) && session.equals(n.get("sessionId"))).toList();
        assertEquals(1, won.size(), "one DRAW_WON for her place");
        assertEquals("摇号中签", won.get(0).get("title"));
        assertEquals(hers, won.get(0).get("enrolmentId"));

        // The README's check, as a reader would run it: python3 check_draw.py < draw.json.
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("```python\n# check_draw.py");
        String check = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```", start + 3));
        Process python = new ProcessBuilder("python3", "-c", check).redirectErrorStream(true).start();
        try (var stdin = python.getOutputStream()) {
            stdin.write(Scenario.asOfficer().get("/api/v1/draws/" + session).asByteArray());
        }
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor(), output);
        assertTrue(output.startsWith("draw checks out"), output);
    }

    /** The id of the demo's lottery session, found as a front-end would: programme by title, then its sessions. */
    static String lotterySession() {
        String programme = Scenario.asOfficer().queryParam("community", DemoData.COMMUNITY).queryParam("q", "暑期读书征文")
                .get("/api/v1/programmes").then().statusCode(200).extract().path("items[0].id");
        return Scenario.asOfficer().get("/api/v1/programmes/" + programme + "/sessions").then().statusCode(200).extract()
                .jsonPath().param("title", DemoData.LOTTERY_SESSION).getString("items.find { it.title == title }.id");
    }

    /** A decimal as the JSON carries it: equal only with the same places (150000.00, not 150000 or 1.5E+5). */
    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static Map<String, Object> category(String category, String budgeted, String spent) {
        return Map.of("category", category, "budgeted", money(budgeted), "spent", money(spent));
    }
}
