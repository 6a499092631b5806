package io.communityedu.programmes;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.communityedu.programmes.TeacherFixtures.as;
import static io.communityedu.programmes.TeacherFixtures.asAdmin;
import static io.communityedu.programmes.TeacherFixtures.community;
import static io.communityedu.programmes.TeacherFixtures.programme;
import static io.communityedu.programmes.TeacherFixtures.session;
import static io.communityedu.programmes.TeacherFixtures.teacher;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** PUT /api/v1/sessions/{id}/teachers, and every session body carrying its teachers. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
class SessionTeachersTest {

    @Test
    void assignsTeachersInOrderAndEverySessionBodyCarriesThem() {
        String code = community("清淮路社区");
        String programmeId = programme(code, "暑期读书征文");
        String sessionId = session(programmeId);
        String zhang = teacher(code, "张老师");
        String li = teacher(code, "李老师");

        as(TestTokens.staff(code)).body(Map.of("teacherIds", List.of(li, zhang)))
                .put("/api/v1/sessions/{id}/teachers", sessionId).then().statusCode(200)
                .body("id", equalTo(sessionId), "title", equalTo("第一期"), "capacity", equalTo(30),
                        "teachers.id", contains(li, zhang), "teachers.name", contains("李老师", "张老师"));

        given().get("/api/v1/sessions/{id}", sessionId).then().statusCode(200)
                .body("teachers.id", contains(li, zhang), "teachers.name", contains("李老师", "张老师"));
        given().get("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(200)
                .body("items[0].teachers.id", contains(li, zhang));
        asAdmin().body(Map.of("venue", "社区学校二楼")).patch("/api/v1/sessions/{id}", sessionId).then().statusCode(200)
                .body("venue", equalTo("社区学校二楼"), "teachers.name", contains("李老师", "张老师"));
        asAdmin().body(Fixtures.sessionBody(20)).post("/api/v1/programmes/{id}/sessions", programmeId)
                .then().statusCode(201).body("teachers", empty());
        given().get("/api/v1/programmes/{id}/sessions", programmeId).then()
                .body("items[0].teachers.name", contains("李老师", "张老师"), "items[1].teachers", empty());

        // A teacher's new name shows wherever the teacher is assigned.
        asAdmin().body(TeacherFixtures.teacherBody(code, "张老师（高级）")).put("/api/v1/teachers/{id}", zhang)
                .then().statusCode(200);
        given().get("/api/v1/sessions/{id}", sessionId).then().body("teachers.name", contains("李老师", "张老师（高级）"));

        as(TestTokens.officer()).body(Map.of("teacherIds", List.of(zhang)))
                .put("/api/v1/sessions/{id}/teachers", sessionId).then().statusCode(200).body("teachers.id", contains(zhang));
        asAdmin().body(Map.of("teacherIds", List.of())).put("/api/v1/sessions/{id}/teachers", sessionId)
                .then().statusCode(200).body("teachers", empty());
        given().get("/api/v1/sessions/{id}", sessionId).then().body("teachers", empty());
    }

    @Test
    void refusesUnknownTeachersAndTeachersOfAnotherCommunityAssigningNothing() {
        String code = community("清淮路社区");
        String sessionId = session(programme(code, "暑期读书征文"));
        String zhang = teacher(code, "张老师");
        String li = teacher(code, "李老师");
        String elsewhere = teacher(community("新河路社区"), "王老师");
        assign(sessionId, zhang).then().statusCode(200);

        assign(sessionId, li, "no-such-teacher", zhang, UUID.randomUUID().toString(), elsewhere).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_TEACHER"), "errors.field", contains("teacherIds[1]", "teacherIds[3]"));
        assign(sessionId, li, elsewhere).then().statusCode(422)
                .body("code", equalTo("TEACHER_OF_ANOTHER_COMMUNITY"), "errors.field", contains("teacherIds[1]"));
        // Ids are matched exactly, not as the database's case-insensitive collation would.
        assign(sessionId, li.toUpperCase()).then().statusCode(422).body("code", equalTo("UNKNOWN_TEACHER"));
        given().get("/api/v1/sessions/{id}", sessionId).then().body("teachers.id", contains(zhang));
    }

    @Test
    void refusesDuplicatesNullsAndOverlongListsWith400() {
        String code = community("清淮路社区");
        String sessionId = session(programme(code, "暑期读书征文"));
        String zhang = teacher(code, "张老师");
        String li = teacher(code, "李老师");
        assign(sessionId, zhang).then().statusCode(200);

        assign(sessionId, zhang, li, zhang).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("teacherIds[2]"));
        List<String> withNull = new ArrayList<>(Arrays.asList(li, null));
        asAdmin().body(Map.of("teacherIds", withNull)).put("/api/v1/sessions/{id}/teachers", sessionId)
                .then().statusCode(400).body("errors[0].field", equalTo("teacherIds[1]"));
        String[] fiftyOne = IntStream.range(0, 51).mapToObj(i -> UUID.randomUUID().toString()).toArray(String[]::new);
        assign(sessionId, fiftyOne).then().statusCode(400).body("errors[0].field", equalTo("teacherIds"));
        asAdmin().body(Map.of()).put("/api/v1/sessions/{id}/teachers", sessionId)
                .then().statusCode(400).body("errors[0].field", equalTo("teacherIds"));
        asAdmin().body(Map.of("teacherIds", li)).put("/api/v1/sessions/{id}/teachers", sessionId)
                .then().statusCode(400).body("errors[0].field", equalTo("teacherIds"));
        given().get("/api/v1/sessions/{id}", sessionId).then().body("teachers.id", contains(zhang));

        assign("no-such-session", zhang).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyTheSessionsCommunityStaffOfficersAndAdminsAssign() {
        String code = community("清淮路社区");
        String sessionId = session(programme(code, "暑期读书征文"));
        String zhang = teacher(code, "张老师");
        String li = teacher(code, "李老师");
        assign(sessionId, zhang).then().statusCode(200);
        Map<String, Object> body = Map.of("teacherIds", List.of(li));

        given().contentType("application/json").body(body).put("/api/v1/sessions/{id}/teachers", sessionId)
                .then().statusCode(401).contentType("application/problem+json");
        for (String token : new String[]{TestTokens.resident("r-" + code), TestTokens.statisticsReader()}) {
            as(token).body(body).put("/api/v1/sessions/{id}/teachers", sessionId)
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
        as(TestTokens.staff("some-other-community")).body(body).put("/api/v1/sessions/{id}/teachers", sessionId)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        given().get("/api/v1/sessions/{id}", sessionId).then().body("teachers.id", contains(zhang));

        as(TestTokens.staff(code)).body(body).put("/api/v1/sessions/{id}/teachers", sessionId)
                .then().statusCode(200).body("teachers.id", contains(li));
    }

    private static io.restassured.response.Response assign(String sessionId, String... teacherIds) {
        return asAdmin().body(Map.of("teacherIds", List.of(teacherIds))).put("/api/v1/sessions/{id}/teachers", sessionId);
    }
}
