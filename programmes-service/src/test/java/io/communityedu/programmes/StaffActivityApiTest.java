package io.communityedu.programmes;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.communityedu.programmes.TeacherFixtures.as;
import static io.communityedu.programmes.TeacherFixtures.asAdmin;
import static io.communityedu.programmes.TeacherFixtures.community;
import static io.communityedu.programmes.TeacherFixtures.plan;
import static io.communityedu.programmes.TeacherFixtures.teacher;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Staff activities of a community's teacher team: 例会, training, seminars, field visits. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
class StaffActivityApiTest {

    private static final String MINUTES = "会议传达了区社区教育工作会议精神，讨论了暑期读书征文活动的安排。\n决定：由张老师负责报名，李老师负责场地。";

    @Test
    void recordsAMeetingWithChineseMinutesAndReadsItBack() {
        String code = community("清淮路社区");
        plan(code, 2010);
        String zhang = teacher(code, "张老师");
        String li = teacher(code, "李老师");

        Response created = as(TestTokens.staff(code)).body(activity("2010-03-05", "REGULAR_MEETING", "三月份社区教育例会",
                List.of(li, zhang), MINUTES)).post("/api/v1/communities/{code}/staff-activities", code);
        String id = created.then().statusCode(201)
                .body("communityCode", equalTo(code), "date", equalTo("2010-03-05"), "kind", equalTo("REGULAR_MEETING"),
                        "title", equalTo("三月份社区教育例会"), "attendees.id", contains(li, zhang),
                        "attendees.name", contains("李老师", "张老师"), "minutes", equalTo(MINUTES),
                        "createdAt", notNullValue())
                .extract().path("id");
        created.then().header("Location", endsWith("/api/v1/communities/" + code + "/staff-activities/" + id));

        as(TestTokens.staff(code)).get("/api/v1/communities/{code}/staff-activities/{id}", code, id).then().statusCode(200)
                .body("id", equalTo(id), "title", equalTo("三月份社区教育例会"), "minutes", equalTo(MINUTES),
                        "attendees.name", contains("李老师", "张老师"), "createdAt", equalTo(created.path("createdAt")));

        Map<String, Object> noAttendees = activity("2010-04-10", "FIELD_VISIT", "参观区社区学院", null, null);
        noAttendees.remove("attendeeTeacherIds");
        noAttendees.remove("minutes");
        as(TestTokens.officer()).body(noAttendees).post("/api/v1/communities/{code}/staff-activities", code)
                .then().statusCode(201).body("attendees", empty(), "minutes", nullValue(), "kind", equalTo("FIELD_VISIT"));
    }

    @Test
    void listsAYearsActivitiesByDateThenWhenRecorded() {
        String code = community("清淮路社区");
        plan(code, 2010);
        plan(code, 2011);
        String teacher = teacher(code, "张老师");
        String may = record(code, "2010-05-12", "TRAINING", "信息技术培训", List.of(teacher));
        String march = record(code, "2010-03-05", "REGULAR_MEETING", "三月份例会", List.of());
        String mayAgain = record(code, "2010-05-12", "SEMINAR", "社区教育研讨会", List.of(teacher));
        String nextYear = record(code, "2011-01-08", "REGULAR_MEETING", "一月份例会", List.of());
        String elsewhere = community("新河路社区");
        plan(elsewhere, 2010);
        record(elsewhere, "2010-03-05", "REGULAR_MEETING", "三月份例会", List.of());

        asAdmin().queryParam("year", 2010).get("/api/v1/communities/{code}/staff-activities", code).then().statusCode(200)
                .body("total", equalTo(3), "items.id", contains(march, may, mayAgain),
                        "items[1].attendees.name", contains("张老师"));
        asAdmin().queryParam("year", 2010).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/communities/{code}/staff-activities", code).then()
                .body("total", equalTo(3), "items.id", contains(mayAgain));
        asAdmin().queryParam("year", 2011).get("/api/v1/communities/{code}/staff-activities", code).then()
                .body("total", equalTo(1), "items.id", contains(nextYear));
        asAdmin().get("/api/v1/communities/{code}/staff-activities", code).then()
                .body("total", equalTo(4), "items.id", contains(march, may, mayAgain, nextYear));
        asAdmin().queryParam("year", "二〇一〇").get("/api/v1/communities/{code}/staff-activities", code).then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void refusesActivitiesWithoutAPlanOrWithWrongAttendeesRecordingNothing() {
        String code = community("清淮路社区");
        plan(code, 2010);
        String zhang = teacher(code, "张老师");
        String elsewhere = teacher(community("新河路社区"), "王老师");
        String path = "/api/v1/communities/{code}/staff-activities";

        asAdmin().body(activity("2009-12-30", "REGULAR_MEETING", "十二月份例会", List.of(zhang), MINUTES)).post(path, code)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("NO_PLAN_FOR_YEAR"), "errors[0].field", equalTo("date"));
        asAdmin().body(activity("2010-03-05", "REGULAR_MEETING", "例会", List.of(zhang, "no-such-teacher"), null)).post(path, code)
                .then().statusCode(422)
                .body("code", equalTo("UNKNOWN_TEACHER"), "errors.field", contains("attendeeTeacherIds[1]"));
        asAdmin().body(activity("2010-03-05", "REGULAR_MEETING", "例会", List.of(elsewhere, zhang), null)).post(path, code)
                .then().statusCode(422)
                .body("code", equalTo("TEACHER_OF_ANOTHER_COMMUNITY"), "errors.field", contains("attendeeTeacherIds[0]"));
        asAdmin().body(activity("2010-03-05", "REGULAR_MEETING", "例会", List.of(zhang, zhang), null)).post(path, code)
                .then().statusCode(400).body("errors[0].field", equalTo("attendeeTeacherIds[1]"));

        Map<String, Object> noDate = activity(null, "REGULAR_MEETING", "例会", List.of(), null);
        asAdmin().body(noDate).post(path, code).then().statusCode(400).body("errors[0].field", equalTo("date"));
        asAdmin().body(activity("2010-02-30", "REGULAR_MEETING", "例会", List.of(), null)).post(path, code)
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
        asAdmin().body(activity("2010-03-05", "PICNIC", "例会", List.of(), null)).post(path, code)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        asAdmin().body(activity("2010-03-05", "REGULAR_MEETING", " ", List.of(), null)).post(path, code)
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        asAdmin().body(activity("2010-03-05", "REGULAR_MEETING", "例".repeat(201), List.of(), null)).post(path, code)
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        asAdmin().body(activity("2010-03-05", "REGULAR_MEETING", "例会", List.of(), "记".repeat(20001))).post(path, code)
                .then().statusCode(400).body("errors[0].field", equalTo("minutes"));
        asAdmin().body(activity("2010-03-05", "REGULAR_MEETING", "例会", List.of(), "记".repeat(20000))).post(path, code)
                .then().statusCode(201);

        asAdmin().get(path, code).then().body("total", equalTo(1));
        asAdmin().body(activity("2010-03-05", "REGULAR_MEETING", "例会", List.of(), null)).post(path, "no-such-community")
                .then().statusCode(404);
        asAdmin().get(path, "no-such-community").then().statusCode(404);
        asAdmin().get(path + "/{id}", code, "no-such-activity").then().statusCode(404);
    }

    @Test
    void onlyTheCommunitysStaffOfficersAndAdminsRecordAndRead() {
        String code = community("清淮路社区");
        plan(code, 2010);
        String id = record(code, "2010-03-05", "REGULAR_MEETING", "三月份例会", List.of());
        String other = community("新河路社区");
        String path = "/api/v1/communities/{code}/staff-activities";
        Map<String, Object> body = activity("2010-04-02", "REGULAR_MEETING", "四月份例会", List.of(), MINUTES);

        given().contentType("application/json").body(body).post(path, code).then().statusCode(401)
                .contentType("application/problem+json");
        given().get(path, code).then().statusCode(401);
        given().get(path + "/{id}", code, id).then().statusCode(401);
        for (String token : new String[]{TestTokens.resident("r-" + code), TestTokens.statisticsReader()}) {
            as(token).body(body).post(path, code).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            as(token).get(path, code).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            as(token).get(path + "/{id}", code, id).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
        String otherStaff = TestTokens.staff(other);
        as(otherStaff).body(body).post(path, code).then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        as(otherStaff).get(path, code).then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        as(otherStaff).get(path + "/{id}", code, id).then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        // Under another community's path an activity does not exist.
        as(otherStaff).get(path + "/{id}", other, id).then().statusCode(404);

        as(TestTokens.officer()).get(path, code).then().statusCode(200).body("total", equalTo(1), "items[0].id", equalTo(id));
        as(TestTokens.staff(code)).get(path + "/{id}", code, id).then().statusCode(200);
    }

    private static Map<String, Object> activity(String date, String kind, String title, List<String> attendees, String minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("kind", kind);
        body.put("title", title);
        body.put("attendeeTeacherIds", attendees);
        body.put("minutes", minutes);
        return body;
    }

    private static String record(String code, String date, String kind, String title, List<String> attendees) {
        return asAdmin().body(activity(date, kind, title, attendees, null))
                .post("/api/v1/communities/{code}/staff-activities", code).then().statusCode(201).extract().path("id");
    }
}
