package io.communityedu.enrolment;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.communityedu.support.retention.RetentionJob;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API.md "Retention": idempotency records are kept 24 hours; residents inactive for RESIDENT_RETENTION are erased. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class RetentionTest extends EnrolmentTestBase {

    @Inject
    RetentionJob job;

    @Inject
    DataSource dataSource;

    @Test
    void idempotencyRecordsOlderThanADayArePurgedAndYoungerOnesAnswerRetries() {
        Tables tables = new Tables(dataSource);
        String community = knownCommunity();
        String sessionId = knownSession(new Upstream.Session(community)).sessionId;
        String sub = "sub-" + UUID.randomUUID();
        String token = TestTokens.as(sub).roles("community-staff").communities(community).sign();
        String old = "old-" + UUID.randomUUID();
        String fresh = "fresh-" + UUID.randomUUID();
        enrolWithKey(token, old, resident(community, People.name("张"), "1990-01-01"), sessionId);
        String freshResident = resident(community, People.name("李"), "1991-01-01");
        String answer = enrolWithKey(token, fresh, freshResident, sessionId);
        tables.update("UPDATE idempotency_record SET created_at = ? WHERE idempotency_key = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(25))), sub + " " + old);

        assertTrue(job.runOnce().get("idempotency records") >= 1);

        assertEquals(0, tables.count("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = ?", sub + " " + old));
        assertEquals(1, tables.count("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = ?", sub + " " + fresh));
        assertEquals(answer, enrolWithKey(token, fresh, freshResident, sessionId), "a retry still gets the first answer");
    }

    @Test
    void aResidentInactiveForTheRetentionPeriodIsErasedButNotAnActiveOneNorAGuardianOfALiveWard() {
        Tables tables = new Tables(dataSource);
        String community = knownCommunity();
        String sessionId = knownSession(new Upstream.Session(community)).sessionId;
        String inactive = resident(community, People.name("赵"), "1950-01-01", "SENIOR");
        String active = resident(community, People.name("钱"), "1951-01-01", "SENIOR");
        enrol(active, sessionId).then().statusCode(201);
        String guardian = resident(community, People.name("孙"), "1980-01-01", "PARENT");
        Map<String, Object> child = residentBody(community, People.name("孙"), "2015-01-01", List.of("PUPIL"));
        child.put("guardianId", guardian);
        String ward = given().contentType(ContentType.JSON).body(child).post("/api/v1/residents")
                .then().statusCode(201).extract().path("id");
        Timestamp longAgo = Timestamp.from(Instant.parse("2020-01-01T00:00:00Z"));
        for (String id : new String[] {inactive, active, guardian}) {
            tables.update("UPDATE resident SET last_activity_at = ?, created_at = ? WHERE id = ?", longAgo, longAgo, id);
        }

        assertTrue(job.runOnce().get("inactive residents") >= 1);

        given().get("/api/v1/residents/{id}", inactive).then().statusCode(404);
        given().get("/api/v1/residents/{id}", active).then().statusCode(200);
        given().get("/api/v1/residents/{id}", guardian).then().statusCode(200); // her ward is live and active
        given().get("/api/v1/residents/{id}", ward).then().statusCode(200);
        Map<String, Object> tombstone = tables.rows("SELECT * FROM resident WHERE id = ?", inactive).get(0);
        assertNull(tombstone.get("name"));
        assertNull(tombstone.get("phone"));
        assertNull(tombstone.get("birth_date"));
        given().queryParam("community", community).get("/api/v1/residents").then().body("total", equalTo(3));
        assertEquals(1, tables.count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'AuditEntryRecorded'"
                + " AND payload LIKE ? AND payload LIKE ?", "%\"actor\":\"system:retention\"%",
                "%\"resourceId\":\"" + inactive + "\"%"), "the automatic erasure is in the audit trail");

        // A notification or audit copy written by a change that read her just before her erasure committed goes on the next run.
        String late = UUID.randomUUID().toString();
        tables.update("INSERT INTO notification (id, recipient_id, resident_id, kind, session_id, title, body, created_at)"
                + " VALUES (?, ?, ?, 'SESSION_CHANGED', ?, '课程变更', '课程有变。', UTC_TIMESTAMP(6))",
                late, inactive, inactive, sessionId);
        tables.update("INSERT INTO notification_delivery (notification_id, next_attempt_at) VALUES (?, UTC_TIMESTAMP(6))",
                late);
        String lateCopy = UUID.randomUUID().toString();
        tables.update("INSERT INTO resident_audit_entry (id, at, service, actor, actor_roles, action, resource_type,"
                + " resource_id, status) VALUES (?, UTC_TIMESTAMP(6), 'enrolment-service', 'staff', 'community-staff',"
                + " 'GET /api/v1/residents/{id}', 'resident', ?, 200)", lateCopy, inactive);
        job.runOnce();
        assertEquals(0, tables.count("SELECT COUNT(*) FROM resident_audit_entry WHERE id = ?", lateCopy));
        assertEquals(0, tables.count("SELECT COUNT(*) FROM notification WHERE id = ?", late));
        assertEquals(0, tables.count("SELECT COUNT(*) FROM notification_delivery WHERE notification_id = ?", late));
    }

    private static String enrolWithKey(String token, String key, String residentId, String sessionId) {
        return as(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments").then().statusCode(201).extract().path("id");
    }
}
