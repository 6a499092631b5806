package io.communityedu.enrolment;

import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class EnrolmentApiTest extends EnrolmentTestBase {

    @Test
    void confirmsWhilePlacesAreFreeThenWaitlistsFirstComeFirstServed() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 2;
        knownSession(session);
        List<String> people = List.of(resident(community, "甲", "1990-01-01"), resident(community, "乙", "1990-01-01"),
                resident(community, "丙", "1990-01-01"), resident(community, "丁", "1990-01-01"));

        String first = enrol(people.get(0), session.sessionId).then().statusCode(201)
                .header("Location", not(nullValue()))
                .body("status", equalTo("CONFIRMED"), "waitlistPosition", nullValue(),
                        "residentId", equalTo(people.get(0)), "sessionId", equalTo(session.sessionId))
                .extract().path("id");
        enrol(people.get(1), session.sessionId).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        enrol(people.get(2), session.sessionId).then().statusCode(201)
                .body("status", equalTo("WAITLISTED"), "waitlistPosition", equalTo(1));
        enrol(people.get(3), session.sessionId).then().statusCode(201)
                .body("status", equalTo("WAITLISTED"), "waitlistPosition", equalTo(2));

        given().queryParam("sessionId", session.sessionId).get("/api/v1/enrolments")
                .then().statusCode(200).body("total", equalTo(4), "items.residentId", contains(people.toArray()),
                        "items.waitlistPosition", contains(null, null, 1, 2));
        given().queryParam("sessionId", session.sessionId).queryParam("status", "WAITLISTED").get("/api/v1/enrolments")
                .then().body("total", equalTo(2));
        given().get("/api/v1/enrolments/{id}", first).then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void cancellingAConfirmedPlacePromotesTheLongestWaitingAndMovesTheRestUp() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        knownSession(session);
        String confirmed = enrol(resident(community, "甲", "1990-01-01"), session.sessionId).path("id");
        String waiting1 = enrol(resident(community, "乙", "1990-01-01"), session.sessionId).path("id");
        String waiting2 = enrol(resident(community, "丙", "1990-01-01"), session.sessionId).path("id");

        given().post("/api/v1/enrolments/{id}/cancel", confirmed)
                .then().statusCode(200).body("status", equalTo("CANCELLED"), "waitlistPosition", nullValue());
        given().get("/api/v1/enrolments/{id}", waiting1).then().body("status", equalTo("CONFIRMED"));
        given().get("/api/v1/enrolments/{id}", waiting2)
                .then().body("status", equalTo("WAITLISTED"), "waitlistPosition", equalTo(1));

        given().post("/api/v1/enrolments/{id}/cancel", confirmed).then().statusCode(409).contentType("application/problem+json");
        given().post("/api/v1/enrolments/{id}/cancel", waiting2).then().statusCode(200);
        given().get("/api/v1/enrolments/{id}", waiting1).then().body("status", equalTo("CONFIRMED"));
        given().post("/api/v1/enrolments/{id}/cancel", "nope").then().statusCode(404);
    }

    @Test
    void aCancelledResidentMayEnrolAgainAndJoinsTheEndOfTheQueue() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        knownSession(session);
        String first = resident(community, "甲", "1990-01-01");
        String enrolment = enrol(first, session.sessionId).path("id");
        enrol(resident(community, "乙", "1990-01-01"), session.sessionId);
        given().post("/api/v1/enrolments/{id}/cancel", enrolment).then().statusCode(200);
        enrol(first, session.sessionId).then().statusCode(201).body("status", equalTo("WAITLISTED"), "waitlistPosition", equalTo(1));
    }

    @Test
    void completingIssuesAUniqueUnguessableCertificateOnlyFromConfirmed() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 2;
        session.certificateName = "家庭教育指导结业证书";
        knownSession(session);
        String a = enrol(resident(community, "甲", "1990-01-01"), session.sessionId).path("id");
        String b = enrol(resident(community, "乙", "1990-01-01"), session.sessionId).path("id");
        String waiting = enrol(resident(community, "丙", "1990-01-01"), session.sessionId).path("id");

        String certA = given().post("/api/v1/enrolments/{id}/complete", a).then().statusCode(200)
                .body("status", equalTo("COMPLETED"), "certificateNumber", matchesPattern("CE2010-[0-9A-Z]{12}"))
                .extract().path("certificateNumber");
        String certB = given().post("/api/v1/enrolments/{id}/complete", b).then().statusCode(200)
                .extract().path("certificateNumber");
        assertNotEquals(certA, certB);
        given().get("/api/v1/enrolments/{id}", a).then().body("certificateNumber", equalTo(certA));

        given().post("/api/v1/enrolments/{id}/complete", a).then().statusCode(409);
        given().post("/api/v1/enrolments/{id}/complete", waiting).then().statusCode(409);
        given().post("/api/v1/enrolments/{id}/cancel", a).then().statusCode(409);
        // A completed place stays taken: the waitlist does not move.
        given().get("/api/v1/enrolments/{id}", waiting).then().body("status", equalTo("WAITLISTED"));
    }

    @Test
    void completingWithoutACertificateIssuesNone() {
        String community = knownCommunity();
        Upstream.Session session = knownSession(new Upstream.Session(community));
        String id = enrol(resident(community, "甲", "1990-01-01"), session.sessionId).path("id");
        given().post("/api/v1/enrolments/{id}/complete", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED"), "certificateNumber", nullValue());
    }

    @Test
    void refusesResidentsOutsideTheAgeRangeOnTheStartDate() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.minAge = 6;
        session.maxAge = 15;
        knownSession(session);
        // Turns 6 on the start date 2010-07-05: eligible. One day younger: not.
        enrol(resident(community, "刚满六岁", "2004-07-05"), session.sessionId).then().statusCode(201);
        enrol(resident(community, "差一天", "2004-07-06"), session.sessionId)
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("AGE_NOT_ELIGIBLE"));
        enrol(resident(community, "十六岁", "1994-07-05"), session.sessionId)
                .then().statusCode(422).body("code", equalTo("AGE_NOT_ELIGIBLE"));
        given().queryParam("sessionId", session.sessionId).get("/api/v1/enrolments").then().body("total", equalTo(1));
    }

    @Test
    void refusesResidentsOutsideTheTargetGroupsUnlessTheProgrammeIsOpenToAll() {
        String community = knownCommunity();
        Upstream.Session forWorkers = new Upstream.Session(community);
        forWorkers.targetGroups = List.of("MIGRANT_WORKER", "UNEMPLOYED");
        knownSession(forWorkers);
        enrol(resident(community, "进城务工", "1985-01-01", "MIGRANT_WORKER"), forWorkers.sessionId).then().statusCode(201);
        enrol(resident(community, "退休教师", "1950-01-01", "SENIOR"), forWorkers.sessionId)
                .then().statusCode(422).body("code", equalTo("GROUP_NOT_ELIGIBLE"));
        enrol(resident(community, "无分组", "1990-01-01"), forWorkers.sessionId)
                .then().statusCode(422).body("code", equalTo("GROUP_NOT_ELIGIBLE"));

        Upstream.Session general = new Upstream.Session(community);
        general.targetGroups = List.of("GENERAL");
        knownSession(general);
        enrol(resident(community, "退休教师", "1950-01-01", "SENIOR"), general.sessionId).then().statusCode(201);
    }

    @Test
    void refusesEnrolmentOutsideTheWindowAndInArchivedProgrammes() {
        String community = knownCommunity();
        Upstream.Session closed = new Upstream.Session(community);
        closed.enrolmentClosesAt = "2010-07-01T00:00:00Z";
        knownSession(closed);
        enrol(resident(community, "甲", "1990-01-01"), closed.sessionId)
                .then().statusCode(422).body("code", equalTo("ENROLMENT_CLOSED"));

        Upstream.Session notYet = new Upstream.Session(community);
        notYet.enrolmentOpensAt = Instant.now().plus(Duration.ofDays(1)).toString();
        knownSession(notYet);
        enrol(resident(community, "乙", "1990-01-01"), notYet.sessionId)
                .then().statusCode(422).body("code", equalTo("ENROLMENT_CLOSED"));

        Upstream.Session archived = knownSession(new Upstream.Session(community));
        String resident = resident(community, "丙", "1990-01-01");
        archived.programmeStatus = "ARCHIVED";
        archived.programmeVersion = 2;
        upstream.programmeChanged(archived);
        await().atMost(Duration.ofSeconds(20)).until(() -> enrol(resident, archived.sessionId).statusCode() == 422);
        enrol(resident, archived.sessionId).then().body("code", equalTo("ENROLMENT_CLOSED"));
    }

    @Test
    void raisingCapacityPromotesAsManyAsFit() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        knownSession(session);
        enrol(resident(community, "甲", "1990-01-01"), session.sessionId);
        List<String> waiting = List.of(
                enrol(resident(community, "乙", "1990-01-01"), session.sessionId).path("id"),
                enrol(resident(community, "丙", "1990-01-01"), session.sessionId).path("id"),
                enrol(resident(community, "丁", "1990-01-01"), session.sessionId).path("id"));

        session.capacity = 3;
        session.version = 2;
        upstream.publish(session);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/enrolments/{id}", waiting.get(1)).then().body("status", equalTo("CONFIRMED")));
        given().get("/api/v1/enrolments/{id}", waiting.get(0)).then().body("status", equalTo("CONFIRMED"));
        given().get("/api/v1/enrolments/{id}", waiting.get(2))
                .then().body("status", equalTo("WAITLISTED"), "waitlistPosition", equalTo(1));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndCreatesNothing() {
        String community = knownCommunity();
        Upstream.Session session = knownSession(new Upstream.Session(community));
        String resident = resident(community, "甲", "1990-01-01");
        Map<String, String> body = Map.of("residentId", resident, "sessionId", session.sessionId);

        io.restassured.response.Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", "key-甲-1")
                .body(body).post("/api/v1/enrolments");
        first.then().statusCode(201).body("status", equalTo("CONFIRMED"));
        io.restassured.response.Response retry = given().contentType(ContentType.JSON).header("Idempotency-Key", "key-甲-1")
                .body(body).post("/api/v1/enrolments");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/enrolments/" + first.path("id")));
        assertEquals(first.asString(), retry.asString());
        given().queryParam("sessionId", session.sessionId).get("/api/v1/enrolments").then().body("total", equalTo(1));

        String other = resident(community, "乙", "1990-01-01");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "key-甲-1")
                .body(Map.of("residentId", other, "sessionId", session.sessionId)).post("/api/v1/enrolments")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(101)).body(body)
                .post("/api/v1/enrolments").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        given().queryParam("sessionId", session.sessionId).get("/api/v1/enrolments").then().body("total", equalTo(1));
    }

    @Test
    void concurrentRequestsWithOneKeyAndDifferentBodiesGiveOneEnrolmentAndRefuseTheRest() throws Exception {
        String community = knownCommunity();
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sessions.add(knownSession(new Upstream.Session(community)).sessionId);
        }
        List<Map<String, String>> bodies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            bodies.add(Map.of("residentId", resident(community, "居民" + i, "1990-01-01"), "sessionId", sessions.get(i % 4)));
        }
        String key = "race-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (Map<String, String> body : bodies) {
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(body).post("/api/v1/enrolments")));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<io.restassured.response.Response> answer : answers) {
                io.restassured.response.Response response = answer.get(60, TimeUnit.SECONDS);
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 422) {
                    response.then().body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
                }
            }
            assertEquals(Map.of(201, 1, 422, 11), statuses);
        } finally {
            pool.shutdownNow();
        }
        int enrolled = sessions.stream().mapToInt(s -> given().queryParam("sessionId", s).get("/api/v1/enrolments")
                .then().extract().path("total")).sum();
        assertEquals(1, enrolled);
    }

    @Test
    void aRefusalIsReplayedForItsKeyEvenAfterTheCauseIsGone() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        String resident = resident(community, "甲", "1990-01-01");
        Map<String, String> body = Map.of("residentId", resident, "sessionId", session.sessionId);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "refused-1").body(body)
                .post("/api/v1/enrolments").then().statusCode(404).contentType("application/problem+json")
                .header("Idempotent-Replayed", nullValue());
        knownSession(session);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "refused-1").body(body)
                .post("/api/v1/enrolments").then().statusCode(404).contentType("application/problem+json")
                .header("Idempotent-Replayed", "true").body("status", equalTo(404));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "refused-2").body(body)
                .post("/api/v1/enrolments").then().statusCode(201);
    }

    @Test
    void rosterQueriesAreValidated() {
        given().get("/api/v1/enrolments").then().statusCode(400).body("errors[0].field", equalTo("sessionId"));
        given().queryParam("sessionId", "unknown").get("/api/v1/enrolments").then().statusCode(404);
        String community = knownCommunity();
        Upstream.Session session = knownSession(new Upstream.Session(community));
        given().queryParam("sessionId", session.sessionId).queryParam("status", "LOST").get("/api/v1/enrolments")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }
}
