package io.communityedu.enrolment;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/me/data: everything held about the caller and their wards (API.md "Personal data rights and audit"). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class PersonalDataExportTest extends EnrolmentTestBase {

    @Test
    void theExportHoldsTheRecordsConsentsEnrolmentsAttendanceCertificatesNotificationsAndWhoReadThem() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.certificateName = "结业证书";
        knownSession(session);

        String mother = TestTokens.resident("sub-" + UUID.randomUUID());
        as(mother).get("/api/v1/me/data").then().statusCode(404).contentType("application/problem+json");
        String name = People.name("张");
        String phone = People.phone();
        Map<String, Object> self = residentBody(community, name, "1985-03-04", List.of("PARENT"));
        self.put("phone", phone);
        String motherId = as(mother).contentType(ContentType.JSON).body(self).post("/api/v1/me")
                .then().statusCode(201).extract().path("id");
        String childName = People.name("张");
        String child = as(mother).contentType(ContentType.JSON)
                .body(Map.of("name", childName, "birthDate", "2015-06-01", "groups", List.of("PUPIL"),
                        "guardianConsent", true))
                .post("/api/v1/me/wards").then().statusCode(201).extract().path("id");
        String own = enrolAs(mother, motherId, session.sessionId);
        String childs = enrolAs(mother, child, session.sessionId);
        String neighbour = resident(community, People.name("李"), "1979-09-09");
        String neighbours = enrol(neighbour, session.sessionId).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "2010-07-05",
                        "presentResidentIds", List.of(motherId, neighbour)))
                .post("/api/v1/attendance").then().statusCode(201);
        String certificate = given().post("/api/v1/enrolments/{id}/complete", own).then().statusCode(200)
                .extract().path("certificateNumber");
        String staffSub = "staff-" + UUID.randomUUID();
        String staff = TestTokens.as(staffSub).roles("community-staff").communities(community).sign();
        as(staff).get("/api/v1/residents/{id}", child).then().statusCode(200);

        JsonPath export = as(mother).get("/api/v1/me/data").then().statusCode(200).extract().jsonPath();
        assertEquals(Set.of("exportedAt", "resident", "wards", "consents", "enrolments", "attendance", "certificates",
                "notifications", "auditEntries"), export.getMap("$").keySet());
        assertNotNull(export.getString("exportedAt"));
        assertEquals(motherId, export.getString("resident.id"));
        assertEquals(name, export.getString("resident.name"));
        assertEquals(phone, export.getString("resident.phone"));
        assertEquals("1985-03-04", export.getString("resident.birthDate"));
        assertEquals(List.of(child), export.getList("wards.id"));
        assertEquals(childName, export.getString("wards[0].name"));
        assertEquals(motherId, export.getString("wards[0].guardianId"));
        assertEquals(List.of(child), export.getList("consents.residentId"));
        assertEquals(export.getString("wards[0].guardianConsentAt"), export.getString("consents[0].guardianConsentAt"));

        assertEquals(Set.of(own, childs), Set.copyOf(export.getList("enrolments.id")));
        assertEquals(Set.of("社区读书会"), Set.copyOf(export.getList("enrolments.programmeTitle")));
        assertEquals(List.of(Map.of("residentId", motherId, "sessionId", session.sessionId, "date", "2010-07-05")),
                export.getList("attendance"));
        assertEquals(1, export.getList("certificates").size());
        assertEquals(motherId, export.getString("certificates[0].residentId"));
        assertEquals(own, export.getString("certificates[0].enrolmentId"));
        assertEquals(certificate, export.getString("certificates[0].certificateNumber"));
        assertNotNull(export.getString("certificates[0].completedAt"));

        List<String> kinds = export.getList("notifications.kind");
        assertTrue(kinds.containsAll(List.of("ENROLMENT_CONFIRMED", "COMPLETED")), kinds.toString());
        assertTrue(Set.of(motherId, child).containsAll(export.getList("notifications.residentId")));

        // Who read the ward's record, and the changes to their enrolments.
        List<Map<String, Object>> entries = export.getList("auditEntries");
        assertTrue(entries.stream().anyMatch(e -> staffSub.equals(e.get("actor"))
                && "GET /api/v1/residents/{id}".equals(e.get("action")) && "resident".equals(e.get("resourceType"))
                && child.equals(e.get("resourceId")) && Integer.valueOf(200).equals(e.get("status"))
                && List.of("community-staff").equals(e.get("actorRoles"))), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> "POST /api/v1/enrolments/{id}/complete".equals(e.get("action"))
                && own.equals(e.get("resourceId"))), entries.toString());

        // Nothing of anyone else.
        String all = as(mother).get("/api/v1/me/data").asString();
        assertFalse(all.contains(neighbour), "the neighbour is not the caller's");
        assertFalse(all.contains(neighbours), "nor her enrolment");
    }

    private static String enrolAs(String token, String residentId, String sessionId) {
        return as(token).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments").then().statusCode(201).extract().path("id");
    }
}
