package io.communityedu.enrolment;

import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class AttendanceApiTest extends EnrolmentTestBase {

    @Test
    void recordsAndReplacesADaysAttendanceOfConfirmedResidents() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 2;
        knownSession(session);
        String a = resident(community, "甲", "1990-01-01");
        String b = resident(community, "乙", "1990-01-01");
        enrol(a, session.sessionId);
        enrol(b, session.sessionId);

        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "2010-07-05", "presentResidentIds", List.of(a, b)))
                .post("/api/v1/attendance")
                .then().statusCode(201).body("presentResidentIds", containsInAnyOrder(a, b));
        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "2010-07-05", "presentResidentIds", List.of(a)))
                .post("/api/v1/attendance")
                .then().statusCode(200).body("presentResidentIds", contains(a));
        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "2010-07-06", "presentResidentIds", List.of(b)))
                .post("/api/v1/attendance").then().statusCode(201);

        given().queryParam("sessionId", session.sessionId).get("/api/v1/attendance")
                .then().statusCode(200).body("total", equalTo(2), "items.date", contains("2010-07-05", "2010-07-06"),
                        "items[0].presentResidentIds", contains(a), "items[1].presentResidentIds", contains(b));
    }

    @Test
    void aDayNobodyCameToStaysRecorded() {
        String community = knownCommunity();
        Upstream.Session session = knownSession(new Upstream.Session(community));
        String a = resident(community, "甲", "1990-01-01");
        enrol(a, session.sessionId);
        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "2010-07-05", "presentResidentIds", List.of()))
                .post("/api/v1/attendance").then().statusCode(201).body("presentResidentIds", empty());
        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "2010-07-06", "presentResidentIds", List.of(a)))
                .post("/api/v1/attendance").then().statusCode(201);
        // Replacing a day's record with "nobody came" keeps the day.
        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "2010-07-06", "presentResidentIds", List.of()))
                .post("/api/v1/attendance").then().statusCode(200).body("presentResidentIds", empty());

        given().queryParam("sessionId", session.sessionId).get("/api/v1/attendance")
                .then().statusCode(200).body("total", equalTo(2), "items.date", contains("2010-07-05", "2010-07-06"),
                        "items[0].presentResidentIds", empty(), "items[1].presentResidentIds", empty());
    }

    @Test
    void refusesResidentsNotConfirmedInTheSessionAndChangesNothing() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        knownSession(session);
        String confirmed = resident(community, "甲", "1990-01-01");
        String waitlisted = resident(community, "乙", "1990-01-01");
        String stranger = resident(community, "丙", "1990-01-01");
        enrol(confirmed, session.sessionId);
        enrol(waitlisted, session.sessionId);

        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "2010-07-05",
                        "presentResidentIds", List.of(confirmed, waitlisted, stranger)))
                .post("/api/v1/attendance")
                .then().statusCode(422).body("code", equalTo("NOT_CONFIRMED_IN_SESSION"),
                        "detail", containsString(waitlisted), "detail", containsString(stranger));
        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "2011-01-01", "presentResidentIds", List.of(confirmed)))
                .post("/api/v1/attendance").then().statusCode(422).body("code", equalTo("DATE_OUTSIDE_SESSION"));
        given().queryParam("sessionId", session.sessionId).get("/api/v1/attendance").then().body("total", equalTo(0));

        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", "unknown", "date", "2010-07-05", "presentResidentIds", List.of(confirmed)))
                .post("/api/v1/attendance").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "yesterday", "presentResidentIds", List.of()))
                .post("/api/v1/attendance").then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().get("/api/v1/attendance").then().statusCode(400);
    }
}
