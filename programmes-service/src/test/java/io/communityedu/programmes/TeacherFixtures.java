package io.communityedu.programmes;

import io.communityedu.localstack.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.communityedu.programmes.Fixtures.programmeBody;
import static io.communityedu.programmes.Fixtures.sessionBody;
import static io.communityedu.programmes.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;

/** What the teachers tests need, created through the public API with explicit tokens (who calls matters there). */
final class TeacherFixtures {

    private TeacherFixtures() {
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    static RequestSpecification asAdmin() {
        return as(TestTokens.admin());
    }

    static String community(String name) {
        String code = uniqueCode("t");
        asAdmin().body(Map.of("code", code, "name", name, "district", "清河区"))
                .post("/api/v1/communities").then().statusCode(201);
        return code;
    }

    static void plan(String code, int year) {
        asAdmin().body(Map.of("residentPopulation", 12000, "participationTargetPercent", 50,
                        "featuredProgrammeTarget", 2, "budget", 150000))
                .put("/api/v1/communities/{code}/plans/{year}", code, year).then().statusCode(201);
    }

    static String programme(String code, String title) {
        return asAdmin().body(programmeBody(code, title)).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
    }

    static String session(String programmeId) {
        return asAdmin().body(sessionBody(30)).post("/api/v1/programmes/{id}/sessions", programmeId)
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> teacherBody(String code, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("communityCode", code);
        body.put("kind", "STAFF");
        body.put("subjects", List.of("家庭教育", "书法"));
        body.put("qualifications", List.of("社区教育专干上岗证"));
        body.put("phone", "+86 138-0013-8000");
        return body;
    }

    static String teacher(String code, String name) {
        return asAdmin().body(teacherBody(code, name)).post("/api/v1/teachers")
                .then().statusCode(201).extract().path("id");
    }
}
