package io.communityedu.enrolment;

import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * enrolment-service decides from its own copy of the sessions, built only from programme-events:
 * programmes-service is not running in these tests at all, and nothing here can call it.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class SessionReplicaTest extends EnrolmentTestBase {

    @Test
    void decidesEnrolmentsWithoutProgrammesServiceAndAnswers404ForSessionsItHasNotHeardOf() {
        assertTrue(StreamSupport.stream(ConfigProvider.getConfig().getPropertyNames().spliterator(), false)
                        .noneMatch(name -> name.toLowerCase().contains("programmes") && name.toLowerCase().contains("url")),
                "enrolment-service has no address of programmes-service");
        String community = knownCommunity();
        Upstream.Session unheardOf = new Upstream.Session(community);
        enrol(resident(community, "甲", "1990-01-01"), unheardOf.sessionId).then().statusCode(404);

        knownSession(unheardOf);
        enrol(resident(community, "乙", "1990-01-01"), unheardOf.sessionId).then().statusCode(201);
    }

    @Test
    void followsSessionAndProgrammeChangesAndIgnoresOlderSnapshots() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        knownSession(session);
        String child = resident(community, "小学生", "2002-03-01", "PUPIL");
        String adult = resident(community, "成年人", "1980-03-01", "PUPIL");
        String waiting = resident(community, "等候者", "1990-03-01");

        // The programme narrows to pupils aged 6..15: the adult is now refused.
        session.minAge = 6;
        session.maxAge = 15;
        session.targetGroups = List.of("PUPIL");
        session.programmeVersion = 2;
        upstream.programmeChanged(session);
        await().atMost(Duration.ofSeconds(20)).until(() -> enrol(adult, session.sessionId).statusCode() == 422);
        enrol(child, session.sessionId).then().statusCode(201).body("status", equalTo("CONFIRMED"));

        // Capacity 3 as version 3; then a late, older version 2 with capacity 1 must change nothing.
        session.targetGroups = List.of();
        session.minAge = null;
        session.maxAge = null;
        session.capacity = 3;
        session.version = 3;
        upstream.publish(session);
        await().atMost(Duration.ofSeconds(20)).until(() -> enrol(waiting, session.sessionId).statusCode() == 201);
        given().queryParam("sessionId", session.sessionId).queryParam("status", "CONFIRMED").get("/api/v1/enrolments")
                .then().body("total", equalTo(2));
        session.capacity = 1;
        session.version = 2;
        upstream.publish(session);
        // A later event under the same key has been applied, so the stale one has been seen too.
        String marker = knownSession(new Upstream.Session(community, session.programmeId)).sessionId;
        enrol(resident(community, "后来者", "1990-03-01"), marker).then().statusCode(201);
        String late = resident(community, "第三位", "1990-03-01");
        enrol(late, session.sessionId).then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aSessionHoldingFirstComePlacesKeepsItsAllocationWhateverALaterEventSays() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        knownSession(session);
        enrol(resident(community, "甲", "1990-01-01"), session.sessionId).then().body("status", equalTo("CONFIRMED"));
        String waiting = enrol(resident(community, "乙", "1990-01-01"), session.sessionId).path("id");

        // A switch to a lottery that raced the first enrolment past programmes-service's lock.
        session.version = 2;
        session.capacity = 2;
        session.allocation = "LOTTERY";
        session.enrolmentClosesAt = java.time.Instant.now().plus(Duration.ofHours(1)).toString();
        upstream.publish(session);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/enrolments/{id}", waiting).then().body("status", equalTo("CONFIRMED")));
        enrol(resident(community, "丙", "1990-01-01"), session.sessionId).then().statusCode(201)
                .body("status", equalTo("WAITLISTED"));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        knownSession(session);
        enrol(resident(community, "甲", "1990-01-01"), session.sessionId);
        String waiting = enrol(resident(community, "乙", "1990-01-01"), session.sessionId).path("id");

        session.capacity = 2;
        session.version = 2;
        String event = upstream.publish(session.programmeId, "SessionChanged", session.data());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/enrolments/{id}", waiting).then().body("status", equalTo("CONFIRMED")));
        given().post("/api/v1/enrolments/{id}/cancel", waiting).then().statusCode(200);
        String third = enrol(resident(community, "丙", "1990-01-01"), session.sessionId).path("id");
        String fourth = enrol(resident(community, "丁", "1990-01-01"), session.sessionId).path("id");
        given().get("/api/v1/enrolments/{id}", fourth).then().body("status", equalTo("WAITLISTED"));

        upstream.send(session.programmeId, event); // redelivered: same event id
        knownSession(new Upstream.Session(community, session.programmeId)); // a later event under the same key
        given().get("/api/v1/enrolments/{id}", third).then().body("status", equalTo("CONFIRMED"));
        given().get("/api/v1/enrolments/{id}", fourth).then().body("status", equalTo("WAITLISTED"));
    }
}
