package io.communityedu.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.HashMap;
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
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seed plan's year, driven only through the gateway: a community registers its plan, builds its
 * teacher team, runs a programme in each strand with partner providers (one with a discount for
 * residents), holds its staff meetings, books its special fund's spending; residents enrol, one waits,
 * a cancellation promotes them, some complete; the district then pulls statistics that match a hand count.
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
        String jobProgramme = programme(code, YEAR, "社区工作者上岗资格培训", "JOB_CAPABILITY", List.of("COMMUNITY_WORKER"),
                college, true, "社区工作者上岗资格证");
        String job = session(jobProgramme, YEAR, 5, 32);
        String trainingProgramme = programme(code, YEAR, "失业人员再就业培训", "RESIDENT_TRAINING", List.of("UNEMPLOYED"),
                institution, false, "技能资格证书", "300.00");
        String training = session(trainingProgramme, YEAR, 5, 48);
        String self = session(programme(code, YEAR, "学习型社团读书会", "SELF_EDUCATION", List.of(), null, false, null),
                YEAR, 5, 6);

        String pupil1 = resident(code, "王一", "2003-04-01", "PUPIL");
        String pupil2 = resident(code, "李二", "2004-05-02", "PUPIL");
        String pupil3 = resident(code, "张三😀", "2002-06-03", "PUPIL");
        String worker = resident(code, "赵社工", "1985-01-01", "COMMUNITY_WORKER");
        String unemployed = resident(code, "孙再就", "1978-09-09", "UNEMPLOYED");
        String senior = resident(code, "周老伯", "1946-02-02", "SENIOR");
        List.of(youth, job, training, self).forEach(Scenario::awaitSessionKnown);

        // The teacher team: the community's own staff, teachers invited from the college, a volunteer, the institution's trainer.
        String staffTeacher = teacher(code, "吴专干", "STAFF", null);
        String invited1 = teacher(code, "郑教授", "INVITED", college);
        String invited2 = teacher(code, "冯讲师", "INVITED", college);
        String volunteer = teacher(code, "大学生志愿者小何", "VOLUNTEER", null);
        String trainer = teacher(code, "褚师傅", "PROVIDER_STAFF", institution);
        staff.get().contentType(ContentType.JSON).body(Map.of("teacherIds", List.of(trainer, invited2)))
                .put("/api/v1/sessions/" + training + "/teachers").then().statusCode(200)
                .body("teachers.name", equalTo(List.of("褚师傅", "冯讲师")));
        given().get("/api/v1/sessions/" + training).then().statusCode(200)
                .body("teachers.id", equalTo(List.of(trainer, invited2)));
        staff.get().get("/api/v1/teachers/" + trainer).then().statusCode(200).body("phone", equalTo("13900000009"));
        Scenario.asDistrictSystem().get("/api/v1/teachers/" + trainer).then().statusCode(403);

        // Staff meetings: five of the year's twelve held, one in the year before (not counted); a seminar and a field visit.
        List<String> team = List.of(staffTeacher, invited1, volunteer);
        for (String date : List.of("-01-08", "-02-12", "-03-12", "-04-09", "-05-14")) {
            activity(code, YEAR + date, "REGULAR_MEETING", team);
        }
        activity(code, (YEAR - 1) + "-12-11", "REGULAR_MEETING", team);
        activity(code, YEAR + "-06-18", "SEMINAR", List.of(staffTeacher, invited1));
        activity(code, YEAR + "-09-24", "FIELD_VISIT", List.of(staffTeacher));

        // The special fund: 80000.00 over six lines; three expenditures, one reversed; an overspend refused.
        String plan = "/api/v1/communities/" + code + "/plans/" + YEAR;
        staff.get().contentType(ContentType.JSON).body(Map.of("lines", List.of(
                        line("TEACHING", "40000.00"), line("MATERIALS", "10000.00"), line("VENUES", "10000.00"),
                        line("PUBLICITY", "5000.00"), line("STAFF_DEVELOPMENT", "10000.00"), line("OTHER", "5000.00"))))
                .put(plan + "/budget-lines").then().statusCode(200);
        expenditure(staff, plan, YEAR + "-03-31", "TEACHING", "6400.00", jobProgramme);
        expenditure(staff, plan, YEAR + "-04-15", "MATERIALS", "1234.56", null);
        String posters = expenditure(staff, plan, YEAR + "-05-20", "PUBLICITY", "300.00", null);
        staff.get().contentType(ContentType.JSON).body(Map.of("reason", "活动取消，退款"))
                .post(plan + "/expenditures/" + posters + "/reversal").then().statusCode(201);
        staff.get().contentType(ContentType.JSON).body(Map.of("reason", "再冲一次"))
                .post(plan + "/expenditures/" + posters + "/reversal").then().statusCode(409).body("code", equalTo("ALREADY_REVERSED"));
        staff.get().contentType(ContentType.JSON).body(expenditureBody(YEAR + "-06-01", "VENUES", "72365.45", null))
                .post(plan + "/expenditures").then().statusCode(422).body("code", equalTo("OVER_BUDGET"));

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
        String retraining = enrol(unemployed, training, "CONFIRMED");
        staff.get().get("/api/v1/enrolments/" + retraining).then().statusCode(200)
                .body("fee", equalTo(300.0f)).body("price", equalTo(210.0f));
        staff.get().post("/api/v1/enrolments/" + retraining + "/complete").then().statusCode(200);
        enrol(senior, self, "CONFIRMED");

        // By hand: participants pupil2, pupil3, worker, unemployed, senior = 5 of 10 residents = 50%, target met;
        // two featured programmes; 3 confirmed, 1 cancelled, 2 completed; learner hours 32 (job) and 48 (training);
        // the budget fell from 90000.00 to 80000.00 (-11.1%). Teachers 1 staff, 2 invited, 1 volunteer, 1 trainer;
        // 5 meetings of 12, 2 development activities. Spent 6400.00 + 1234.56 + 300.00 - 300.00 = 7634.56, per
        // participant 1526.91; the unemployed resident paid 210.00 of 300.00 (30% off): 90.00 saved.
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
            assertEquals(Map.of("STAFF", 1, "VOLUNTEER", 1, "INVITED", 2, "PROVIDER_STAFF", 1), stats.getMap("staff.teachers"));
            assertEquals(5, stats.getInt("staff.regularMeetingsHeld"));
            assertEquals(12, stats.getInt("staff.regularMeetingsPlanned"));
            assertEquals(2, stats.getInt("staff.developmentActivities"));
            assertEquals(80000.00f, stats.getFloat("funding.budget"));
            assertEquals(7634.56f, stats.getFloat("funding.spent"));
            assertEquals(72365.44f, stats.getFloat("funding.remaining"));
            assertEquals(List.of(6400.0f, 1234.56f, 0.0f, 0.0f, 0.0f, 0.0f), stats.getList("funding.byCategory.spent"));
            assertEquals(List.of(40000.0f, 10000.0f, 10000.0f, 5000.0f, 10000.0f, 5000.0f), stats.getList("funding.byCategory.budgeted"));
            assertEquals(1526.91f, stats.getFloat("funding.spentPerParticipant"));
            assertEquals(-11.1f, stats.getFloat("funding.budgetGrowthPercent"));
            assertEquals(90.00f, stats.getFloat("residentSavings"));
        });

        JsonPath district = Scenario.asDistrictSystem().get("/api/v1/statistics/years/" + YEAR).then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("communityCode", code, "residentPopulation", 10, "participants", 5, "participationRate", 0.5f,
                        "participationTargetMet", true, "featuredProgrammes", 2, "budget", 80000.0f, "budgetIncreased", false,
                        "spent", 7634.56f, "regularMeetingsHeld", 5),
                district.getMap("communities.find { it.communityCode == '" + code + "' }"));
        Scenario.asDistrictSystem().accept("text/csv").get("/api/v1/statistics/years/" + YEAR).then().statusCode(200)
                .body(containsString(code + ",10,5,0.5000,true,2,80000.00,false,7634.56,5\r\n"));
    }

    private static String teacher(String code, String name, String kind, String providerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("communityCode", code);
        body.put("kind", kind);
        body.put("providerId", providerId);
        body.put("subjects", List.of("社区教育"));
        body.put("qualifications", List.of());
        body.put("phone", "13900000009");
        return post(Scenario.asStaff(code), "/api/v1/teachers", body).getString("id");
    }

    private static void activity(String code, String date, String kind, List<String> attendees) {
        post(Scenario.asStaff(code), "/api/v1/communities/" + code + "/staff-activities", Map.of("date", date, "kind", kind,
                "title", "社区教育工作例会", "attendeeTeacherIds", attendees, "minutes", "学习社区教育计划，分工落实。"));
    }

    private static Map<String, Object> line(String category, String amount) {
        return Map.of("category", category, "amount", new BigDecimal(amount));
    }

    private static String expenditure(Supplier<RequestSpecification> staff, String plan, String date, String category,
                                      String amount, String programmeId) {
        return post(staff.get(), plan + "/expenditures", expenditureBody(date, category, amount, programmeId)).getString("id");
    }

    private static Map<String, Object> expenditureBody(String date, String category, String amount, String programmeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("category", category);
        body.put("amount", new BigDecimal(amount));
        body.put("payee", "清河区社区学院");
        body.put("description", "专项经费支出");
        body.put("programmeId", programmeId);
        return body;
    }
}
