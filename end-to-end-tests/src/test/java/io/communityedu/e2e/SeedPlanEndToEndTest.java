package io.communityedu.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.communityedu.e2e.Scenario.enrol;
import static io.communityedu.e2e.Scenario.enrolments;
import static io.communityedu.e2e.Scenario.post;
import static io.communityedu.e2e.Scenario.programme;
import static io.communityedu.e2e.Scenario.resident;
import static io.communityedu.e2e.Scenario.session;
import static io.communityedu.e2e.Scenario.statistics;
import static io.communityedu.e2e.Scenario.strand;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seed plan's year, driven only through the gateway: a community registers its plan, runs a
 * programme in each strand with partner providers, residents enrol, one waits, a cancellation
 * promotes them, some complete; the district then pulls statistics that match a hand count.
 */
@ExtendWith(SuiteExtension.class)
class SeedPlanEndToEndTest {

    private static final int YEAR = 2011;

    @Test
    void aCommunitysYearFromRegistrationToTheDistrictStatistics() {
        String code = Scenario.uniqueCode("huaihe");
        Scenario.community(code, "淮河路社区");
        Supplier<RequestSpecification> staff = () -> Scenario.asStaff(code);
        Scenario.plan(code, YEAR - 1, 10, 50, 2, "90000.00");
        Scenario.plan(code, YEAR, 10, 50, 2, "80000.00");
        String college = post(Scenario.asStaff(code), "/api/v1/providers", Map.of("name", "清河区社区学院", "type", "COMMUNITY_COLLEGE",
                "residentDiscountPercent", 0)).getString("id");
        String institution = post(Scenario.asStaff(code), "/api/v1/providers", Map.of("name", "民办职业培训学校", "type", "TRAINING_INSTITUTION",
                "residentDiscountPercent", 30)).getString("id");

        String youth = session(programme(code, YEAR, "暑期故事会", "YOUTH_DEVELOPMENT", List.of("PUPIL"), college, true, null),
                YEAR, 2, 10);
        String job = session(programme(code, YEAR, "社区工作者上岗资格培训", "JOB_CAPABILITY", List.of("COMMUNITY_WORKER"),
                college, true, "社区工作者上岗资格证"), YEAR, 5, 32);
        String training = session(programme(code, YEAR, "失业人员再就业培训", "RESIDENT_TRAINING", List.of("UNEMPLOYED"),
                institution, false, "技能资格证书"), YEAR, 5, 48);
        String self = session(programme(code, YEAR, "学习型社团读书会", "SELF_EDUCATION", List.of(), null, false, null),
                YEAR, 5, 6);

        String pupil1 = resident(code, "王一", "2003-04-01", "PUPIL");
        String pupil2 = resident(code, "李二", "2004-05-02", "PUPIL");
        String pupil3 = resident(code, "张三😀", "2002-06-03", "PUPIL");
        String worker = resident(code, "赵社工", "1985-01-01", "COMMUNITY_WORKER");
        String unemployed = resident(code, "孙再就", "1978-09-09", "UNEMPLOYED");
        String senior = resident(code, "周老伯", "1946-02-02", "SENIOR");
        List.of(youth, job, training, self).forEach(Scenario::awaitSessionKnown);

        // Two places, three pupils: the third waits first in line.
        String first = enrol(pupil1, youth, "CONFIRMED");
        enrol(pupil2, youth, "CONFIRMED");
        String third = enrol(pupil3, youth, "WAITLISTED");
        staff.get().get("/api/v1/enrolments/" + third).then().body("waitlistPosition", equalTo(1));
        staff.get().contentType(ContentType.JSON).body(Map.of("residentId", pupil1, "sessionId", job))
                .post("/api/v1/enrolments").then().statusCode(422).body("code", equalTo("GROUP_NOT_ELIGIBLE"));

        // Cancelling a confirmed place promotes the waiting pupil in the same step.
        staff.get().post("/api/v1/enrolments/" + first + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        staff.get().get("/api/v1/enrolments/" + third).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("waitlistPosition", nullValue());

        staff.get().post("/api/v1/enrolments/" + enrol(worker, job, "CONFIRMED") + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("certificateNumber", matchesPattern("CE2011-[0-9A-Z]{12}"));
        staff.get().post("/api/v1/enrolments/" + enrol(unemployed, training, "CONFIRMED") + "/complete").then().statusCode(200);
        enrol(senior, self, "CONFIRMED");

        // By hand: participants pupil2, pupil3, worker, unemployed, senior = 5 of 10 residents = 50%, target met;
        // two featured programmes; 3 confirmed, 1 cancelled, 2 completed; learner hours 32 (job) and 48 (training);
        // the budget fell from 90000.00 to 80000.00.
        await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> {
            JsonPath stats = statistics(code, YEAR);
            assertEquals(code, stats.getString("communityCode"));
            assertEquals(10, stats.getInt("residentPopulation"));
            assertEquals(5, stats.getInt("participants"));
            assertEquals(0.5f, stats.getFloat("participationRate"));
            assertEquals(true, stats.getBoolean("participationTargetMet"));
            assertEquals(2, stats.getInt("featuredProgrammes"));
            assertEquals(2, stats.getInt("featuredProgrammeTarget"));
            assertEquals(enrolments(3, 0, 1, 2), stats.getMap("enrolments"));
            assertEquals(List.of(
                    strand("YOUTH_DEVELOPMENT", 1, 1, 2, 2, 0, 0),
                    strand("JOB_CAPABILITY", 1, 1, 1, 1, 1, 32),
                    strand("RESIDENT_TRAINING", 1, 1, 1, 1, 1, 48),
                    strand("SELF_EDUCATION", 1, 1, 1, 1, 0, 0)), stats.getList("byStrand"));
            assertEquals(80000.00f, stats.getFloat("budget"));
            assertEquals(90000.00f, stats.getFloat("previousYearBudget"));
            assertEquals(false, stats.getBoolean("budgetIncreased"));
        });

        JsonPath district = Scenario.asDistrictSystem().get("/api/v1/statistics/years/" + YEAR).then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("communityCode", code, "residentPopulation", 10, "participants", 5, "participationRate", 0.5f,
                        "participationTargetMet", true, "featuredProgrammes", 2, "budget", 80000.0f, "budgetIncreased", false),
                district.getMap("communities.find { it.communityCode == '" + code + "' }"));
        Scenario.asDistrictSystem().accept("text/csv").get("/api/v1/statistics/years/" + YEAR).then().statusCode(200)
                .body(containsString(code + ",10,5,0.5000,true,2,80000.00,false"));
    }
}
