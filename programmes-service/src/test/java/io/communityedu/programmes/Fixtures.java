package io.communityedu.programmes;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Creates what a test needs through the public API, with names that never collide between tests. */
final class Fixtures {

    private Fixtures() {
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String community(String name) {
        String code = uniqueCode("c");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "district", "清河区"))
                .post("/api/v1/communities").then().statusCode(201);
        return code;
    }

    static Map<String, Object> programmeBody(String communityCode, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("communityCode", communityCode);
        body.put("year", 2010);
        body.put("title", title);
        body.put("description", "面向中小学生的暑期读书活动");
        body.put("strand", "YOUTH_DEVELOPMENT");
        body.put("targetGroups", List.of("PUPIL"));
        body.put("minAge", 6);
        body.put("maxAge", 15);
        body.put("featured", true);
        body.put("fee", 0);
        return body;
    }

    static String programme(String communityCode, String title) {
        return given().contentType(ContentType.JSON).body(programmeBody(communityCode, title))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> sessionBody(int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "第一期");
        body.put("startDate", "2010-07-05");
        body.put("endDate", "2010-08-20");
        body.put("venue", "社区活动室");
        body.put("capacity", capacity);
        body.put("hours", 24);
        return body;
    }

    static String session(String programmeId, int capacity) {
        return given().contentType(ContentType.JSON).body(sessionBody(capacity))
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(201).extract().path("id");
    }
}
