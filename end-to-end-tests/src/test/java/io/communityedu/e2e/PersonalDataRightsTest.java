package io.communityedu.e2e;

import io.communityedu.localstack.LocalMariaDb;
import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * PIPL's rights through the gateway (API.md "Personal data rights and audit"): a resident with an
 * account gets a copy of everything held about her and her ward, including who read her record; she
 * cannot be erased while she has a ward; her guardian erasure of the ward and her own erasure remove
 * her name, phone and birth date from every database of the suite, cancel her waitlisted place (the
 * next in line moves up and on as usual) and keep her confirmed and completed places, so that no
 * statistic moves; staff of her community may erase a resident, staff of another community may not.
 */
@ExtendWith(SuiteExtension.class)
class PersonalDataRightsTest {

    private static final int YEAR = 2019;
    private static final String NAME = "赵雨桐";
    private static final String BIRTH_DATE = "1987-06-13";
    private static final String WARD_NAME = "赵小桐";
    private static final String WARD_BIRTH_DATE = "2018-04-23";
    private static final String STAFF_ERASED_NAME = "周可欣";
    private static final String STAFF_ERASED_BIRTH_DATE = "1979-11-29";
    private static final String ATTENDED = YEAR + "-07-02";

    @Test
    void aResidentGetsHerDataAndIsErasedWithoutMovingAnyStatistic(RunningSuite suite) {
        String code = Scenario.uniqueCode("pipl");
        String otherCode = Scenario.uniqueCode("pipl-other");
        Scenario.community(code, "个人信息社区");
        Scenario.community(otherCode, "隔壁社区");
        Scenario.plan(code, YEAR, 20, 30, 1, "40000.00");
        String selfEducation = Scenario.programme(code, YEAR, "社区合唱团", "SELF_EDUCATION", true, null);
        String training = Scenario.programme(code, YEAR, "家庭急救培训", "RESIDENT_TRAINING", false, "急救培训证书");
        String full = Scenario.session(selfEducation, YEAR, 1, 8);      // she is confirmed, V waits behind her
        String waiting = Scenario.session(selfEducation, YEAR, 1, 8);   // X is confirmed, she waits, Y waits behind her
        String wards = Scenario.session(selfEducation, YEAR, 5, 8);     // her ward and Z are confirmed
        String certified = Scenario.session(training, YEAR, 5, 10);     // she completes it
        String staff = Scenario.staffOf(code);
        String staffOfOther = Scenario.staffOf(otherCode);

        // Her account exists before she registers: nothing to export or erase yet.
        String her = "resident.zhao." + code;
        Tokens.tokens().createResident(her);
        Scenario.as(her).get("/api/v1/me/data").then().statusCode(404).contentType("application/problem+json");
        Scenario.as(her).delete("/api/v1/me").then().statusCode(404).contentType("application/problem+json");

        String phone = PersonalDataUsed.newPhone();
        String herId = AccessMatrixTest.registerMe(her, code, NAME, BIRTH_DATE, phone);
        PersonalDataUsed.name(WARD_NAME);
        JsonPath ward = Scenario.as(her).contentType(ContentType.JSON).body(Map.of("name", WARD_NAME,
                        "birthDate", WARD_BIRTH_DATE, "groups", List.of("PUPIL"), "guardianConsent", true))
                .post("/api/v1/me/wards").then().statusCode(201).extract().jsonPath();
        String wardId = ward.getString("id");
        String consentAt = ward.getString("guardianConsentAt");
        assertNotNull(consentAt, "the guardian's consent is kept with its time");

        String other = "resident.other." + code;
        Tokens.tokens().createResident(other);
        AccessMatrixTest.registerMe(other, code, "吴思远", "1990-10-10", PersonalDataUsed.newPhone());
        String x = Scenario.resident(code, "钱多多", "1992-02-02");
        String y = Scenario.resident(code, "孙悦然", "1993-03-03");
        String v = Scenario.resident(code, "李沐阳", "1994-04-04");
        String z = Scenario.resident(code, STAFF_ERASED_NAME, STAFF_ERASED_BIRTH_DATE);

        for (String session : List.of(full, waiting, wards, certified)) {
            Scenario.awaitSessionKnown(session);
        }
        String herConfirmed = enrolAs(her, herId, full, "CONFIRMED");
        String vWaiting = Scenario.enrol(v, full, "WAITLISTED");
        String xConfirmed = Scenario.enrol(x, waiting, "CONFIRMED");
        String herWaiting = enrolAs(her, herId, waiting, "WAITLISTED");
        String yWaiting = Scenario.enrol(y, waiting, "WAITLISTED");
        Scenario.asStaff(code).get("/api/v1/enrolments/" + yWaiting).then().body("waitlistPosition", equalTo(2));
        String wardConfirmed = enrolAs(her, wardId, wards, "CONFIRMED");
        String zConfirmed = Scenario.enrol(z, wards, "CONFIRMED");
        String herCompleted = enrolAs(her, herId, certified, "CONFIRMED");
        String certificate = Scenario.asStaff(code).post("/api/v1/enrolments/" + herCompleted + "/complete").then()
                .statusCode(200).body("status", equalTo("COMPLETED")).extract().path("certificateNumber");
        assertNotNull(certificate);
        Scenario.asStaff(code).contentType(ContentType.JSON).body(Map.of("sessionId", full, "date", ATTENDED,
                "presentResidentIds", List.of(herId))).post("/api/v1/attendance").then().statusCode(201);

        // Staff of her community read her full record: an audit entry about her, with the staff member as actor.
        Scenario.asStaff(code).get("/api/v1/residents/" + herId).then().statusCode(200)
                .body("name", equalTo(NAME)).body("phone", equalTo(phone)).body("birthDate", equalTo(BIRTH_DATE));
        String staffSub = sub(staff);
        String herSub = sub(her);

        // ---- The copy: everything held about her and her ward ----
        Instant beforeExport = Instant.now();
        List<String> notifications = allPages(Scenario.as(her), "/api/v1/me/notifications").stream()
                .map(n -> (String) n.get("id")).toList();
        assertFalse(notifications.isEmpty(), "her enrolments told her about themselves");
        List<String> myEnrolments = allPages(Scenario.as(her), "/api/v1/me/enrolments").stream()
                .map(e -> (String) e.get("id")).toList();
        JsonPath export = await().atMost(Scenario.EVENT_DELIVERY).until(
                () -> Scenario.as(her).get("/api/v1/me/data").then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath(),
                data -> data.getList("auditEntries.action").contains("GET /api/v1/residents/{id}"));
        assertExport(export, beforeExport, herId, phone, wardId, consentAt, code, Set.copyOf(myEnrolments),
                Set.of(herConfirmed, herWaiting, herCompleted, wardConfirmed), certificate, herCompleted, full,
                Set.copyOf(notifications), staffSub);
        String exported = Scenario.as(her).get("/api/v1/me/data").asString();
        for (String stranger : List.of("钱多多", "孙悦然", "李沐阳", STAFF_ERASED_NAME, "吴思远")) {
            assertFalse(exported.contains(stranger), "her copy holds nobody else's data: " + stranger);
        }

        // ---- The statistics before: all places as counted by hand ----
        // confirmed: hers (full), X, her ward, Z; waitlisted: V, hers, Y; completed: hers.
        await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> {
            JsonPath statistics = officerStatistics(code);
            assertEquals(Scenario.enrolments(4, 3, 0, 1), statistics.getMap("enrolments"));
            assertEquals(4, statistics.getInt("participants"), "her, X, her ward and Z");
        });
        JsonPath before = officerStatistics(code);

        // ---- Refused erasures change nothing ----
        String herRecord = Scenario.asStaff(code).get("/api/v1/residents/" + herId).then().statusCode(200).extract().asString();
        String wardRecord = Scenario.asStaff(code).get("/api/v1/residents/" + wardId).then().statusCode(200).extract().asString();
        refused(Scenario.as(her).delete("/api/v1/me"), 409, "HAS_WARDS", herId);
        refused(Scenario.asStaff(code).post("/api/v1/residents/" + herId + "/erasure"), 409, "HAS_WARDS", herId);
        refused(Scenario.as(other).post("/api/v1/residents/" + herId + "/erasure"), 403, "NOT_YOUR_RESIDENT", herId);
        refused(Scenario.as(other).post("/api/v1/residents/" + wardId + "/erasure"), 403, "NOT_YOUR_RESIDENT", wardId);
        refused(Scenario.as(staffOfOther).post("/api/v1/residents/" + herId + "/erasure"), 403, "OUTSIDE_YOUR_COMMUNITY", herId);
        refused(Scenario.asDistrictSystem().post("/api/v1/residents/" + herId + "/erasure"), 403, "FORBIDDEN", herId);
        Response anonymous = given().post("/api/v1/residents/" + herId + "/erasure");
        assertEquals(401, anonymous.statusCode(), anonymous.asString());
        Scenario.asStaff(code).get("/api/v1/residents/" + herId).then().statusCode(200).body(equalTo(herRecord));
        Scenario.asStaff(code).get("/api/v1/residents/" + wardId).then().statusCode(200).body(equalTo(wardRecord));
        Scenario.as(her).get("/api/v1/me").then().statusCode(200).body("name", equalTo(NAME)).body("wards", hasSize(1));

        // Before: her data is where it belongs (the scan below can find it), and only there.
        Map<String, String> herValues = new LinkedHashMap<>();
        herValues.put("her name", NAME);
        herValues.put("her phone", phone);
        herValues.put("her birth date", BIRTH_DATE);
        herValues.put("her ward's name", WARD_NAME);
        herValues.put("her ward's birth date", WARD_BIRTH_DATE);
        herValues.put("Z's name", STAFF_ERASED_NAME);
        herValues.put("Z's birth date", STAFF_ERASED_BIRTH_DATE);
        List<String> storedBefore = whereStored(suite, herValues);
        for (String what : herValues.keySet()) {
            assertTrue(storedBefore.stream().anyMatch(place -> place.startsWith(what + " in enrolment.")),
                    what + " is held by enrolment-service before the erasure: " + storedBefore);
        }
        assertEquals(List.of(), storedBefore.stream().filter(place -> !place.contains(" in enrolment.")).toList(),
                "no personal field ever left enrolment-service");

        // ---- The guardian erases her ward, then herself ----
        Scenario.as(her).post("/api/v1/residents/" + wardId + "/erasure").then().statusCode(204);
        Scenario.asStaff(code).get("/api/v1/residents/" + wardId).then().statusCode(404);
        Scenario.as(her).get("/api/v1/me").then().statusCode(200).body("wards", hasSize(0));
        Scenario.as(her).get("/api/v1/me/wards").then().statusCode(200).body("$", hasSize(0));
        Scenario.as(her).delete("/api/v1/me").then().statusCode(204).body(emptyOrNullString());

        // Later reads of her are 404 for everyone; a second erasure too.
        for (String reader : List.of(staff, Tokens.OFFICER, Tokens.ADMIN)) {
            Scenario.as(reader).get("/api/v1/residents/" + herId).then().statusCode(404).contentType("application/problem+json");
            Scenario.as(reader).get("/api/v1/residents/" + herId + "/enrolments").then().statusCode(404);
        }
        Scenario.as(her).get("/api/v1/me").then().statusCode(404);
        Scenario.as(her).get("/api/v1/me/data").then().statusCode(404);
        Scenario.as(her).delete("/api/v1/me").then().statusCode(404);
        Scenario.asStaff(code).post("/api/v1/residents/" + herId + "/erasure").then().statusCode(404);
        Scenario.asOfficer().post("/api/v1/residents/" + wardId + "/erasure").then().statusCode(404);
        Scenario.asStaff(code).contentType(ContentType.JSON).body(Map.of("residentId", herId, "sessionId", wards))
                .post("/api/v1/enrolments").then().statusCode(404);

        // ---- Staff of her community erase Z; staff of another community may not ----
        refused(Scenario.as(staffOfOther).post("/api/v1/residents/" + z + "/erasure"), 403, "OUTSIDE_YOUR_COMMUNITY", z);
        Scenario.asStaff(code).get("/api/v1/residents/" + z).then().statusCode(200);
        Scenario.asStaff(code).post("/api/v1/residents/" + z + "/erasure").then().statusCode(204);
        Scenario.asStaff(code).get("/api/v1/residents/" + z).then().statusCode(404);

        // Lists leave the erased out.
        List<Map<String, Object>> listed = allPages(Scenario.asStaff(code).queryParam("community", code), "/api/v1/residents");
        Set<Object> listedIds = new HashSet<>(listed.stream().map(r -> r.get("id")).toList());
        assertTrue(listedIds.containsAll(Set.of(x, y, v)), "the living are listed: " + listed);
        for (String erased : List.of(herId, wardId, z)) {
            assertFalse(listedIds.contains(erased), erased + " erased but listed: " + listed);
        }

        // ---- Places: held-but-unconfirmed cancelled (the next in line moves up), confirmed and completed kept ----
        // The living read by id; the erased residents' places through the sessions' rosters.
        assertEnrolment(code, vWaiting, "WAITLISTED", 1);     // her confirmed place is still hers: V still waits
        assertEnrolment(code, yWaiting, "WAITLISTED", 1);     // was 2, behind her
        assertEnrolment(code, xConfirmed, "CONFIRMED", null);
        assertTrue(roster(code, full, "CONFIRMED").contains(herConfirmed), "her confirmed place stays");
        assertTrue(roster(code, waiting, "CANCELLED").contains(herWaiting), "her waitlisted place is cancelled");
        assertEquals(List.of(herCompleted), roster(code, certified, "COMPLETED"), "her completed place stays");
        assertEquals(certificate, Scenario.asStaff(code).queryParam("sessionId", certified).queryParam("status", "COMPLETED")
                .get("/api/v1/enrolments").then().statusCode(200).extract().path("items[0].certificateNumber"));
        assertTrue(roster(code, wards, "CONFIRMED").containsAll(List.of(wardConfirmed, zConfirmed)), "her ward's and Z's places stay");

        // ---- The statistics: only her waitlisted place moved (to cancelled); participants and places as before ----
        await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> assertUnchangedBut(before, officerStatistics(code)));
        JsonPath after = officerStatistics(code);
        assertUnchangedBut(before, after);
        try {
            JsonPath settled = after;
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> withoutAsOf(officerStatistics(code)).equals(withoutAsOf(settled)));
        } catch (ConditionTimeoutException moved) {
            fail("the statistics moved after the erasures had arrived:\n  then: " + after.prettify() + "\n  now:  "
                    + officerStatistics(code).prettify());
        }

        // ---- The next in line keeps moving as usual: X cancels, Y (who was behind her) gets the place ----
        Scenario.asStaff(code).post("/api/v1/enrolments/" + xConfirmed + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertEnrolment(code, yWaiting, "CONFIRMED", null);

        // ---- Nothing of the erased is left in any database of the suite ----
        assertEquals(List.of(), whereStored(suite, herValues), "erased values still stored");

        // ---- An officer sees who read her record and who erased her; the trail names nobody ----
        List<Map<String, Object>> trail = await().atMost(Scenario.EVENT_DELIVERY).until(
                () -> allPages(Scenario.asOfficer().queryParam("resourceType", "resident").queryParam("resourceId", herId),
                        "/api/v1/audit"),
                entries -> entries.stream().anyMatch(e -> "DELETE /api/v1/me".equals(e.get("action")) && Objects.equals(204, e.get("status"))));
        assertTrue(trail.stream().anyMatch(e -> staffSub.equals(e.get("actor")) && "GET /api/v1/residents/{id}".equals(e.get("action"))
                && Objects.equals(200, e.get("status"))), "the staff member's read of her record: " + trail);
        List<Map<String, Object>> hers = allPages(Scenario.asOfficer().queryParam("actor", herSub), "/api/v1/audit");
        assertTrue(hers.stream().anyMatch(e -> "DELETE /api/v1/me".equals(e.get("action")) && Objects.equals(409, e.get("status"))),
                "her refused erasure (HAS_WARDS), found by actor: " + hers);
        assertTrue(hers.stream().allMatch(e -> herSub.equals(e.get("actor"))), "only her entries by actor: " + hers);
        assertTrue(trail.stream().anyMatch(e -> sub(other).equals(e.get("actor"))
                && "POST /api/v1/residents/{id}/erasure".equals(e.get("action")) && Objects.equals(403, e.get("status"))),
                "the other resident's refused erasure of her: " + trail);
        String trailText = Scenario.asOfficer().queryParam("resourceType", "resident").queryParam("resourceId", herId)
                .queryParam("size", 100).get("/api/v1/audit").asString();
        for (String value : herValues.values()) {
            assertFalse(trailText.contains(value), "the audit trail carries " + value);
        }
    }

    // ----------------------------------------------------------------------------------------------

    private static void assertExport(JsonPath export, Instant beforeExport, String herId, String phone, String wardId,
                                     String consentAt, String code, Set<String> myEnrolments, Set<String> expectedEnrolments,
                                     String certificate, String completedEnrolment, String attendedSession,
                                     Set<String> notifications, String staffSub) {
        Instant exportedAt = Instant.parse(export.getString("exportedAt"));
        assertFalse(exportedAt.isBefore(beforeExport.minusSeconds(5)), "exportedAt " + exportedAt);

        assertEquals(herId, export.getString("resident.id"));
        assertEquals(NAME, export.getString("resident.name"));
        assertEquals(BIRTH_DATE, export.getString("resident.birthDate"));
        assertEquals(phone, export.getString("resident.phone"), "her own copy carries her full phone");
        assertEquals(code, export.getString("resident.communityCode"));
        assertEquals(List.of("GENERAL"), export.getList("resident.groups"));
        assertNull(export.getString("resident.guardianId"));

        assertEquals(List.of(wardId), export.getList("wards.id"));
        assertEquals(WARD_NAME, export.getString("wards[0].name"));
        assertEquals(WARD_BIRTH_DATE, export.getString("wards[0].birthDate"));
        assertEquals(herId, export.getString("wards[0].guardianId"));
        assertEquals(Instant.parse(consentAt), Instant.parse(export.getString("wards[0].guardianConsentAt")));

        List<Map<String, Object>> consents = export.getList("consents");
        assertTrue(consents.stream().anyMatch(c -> wardId.equals(c.get("residentId")) && c.get("guardianConsentAt") != null
                        && Instant.parse(consentAt).equals(Instant.parse((String) c.get("guardianConsentAt")))),
                "the consent she gave for her ward, with its time: " + consents);

        Set<String> enrolments = Set.copyOf(export.getList("enrolments.id"));
        assertEquals(expectedEnrolments, enrolments, "her and her ward's enrolments");
        assertEquals(myEnrolments, enrolments, "the same as GET /api/v1/me/enrolments");

        List<Map<String, Object>> attendance = export.getList("attendance");
        assertTrue(attendance.stream().anyMatch(a -> herId.equals(a.get("residentId")) && attendedSession.equals(a.get("sessionId"))
                && ATTENDED.equals(a.get("date"))), "the day she attended: " + attendance);

        List<Map<String, Object>> certificates = export.getList("certificates");
        assertEquals(1, certificates.size(), "one certificate: " + certificates);
        assertEquals(herId, certificates.get(0).get("residentId"));
        assertEquals(completedEnrolment, certificates.get(0).get("enrolmentId"));
        assertEquals(certificate, certificates.get(0).get("certificateNumber"));
        assertNotNull(certificates.get(0).get("completedAt"));

        Set<String> exportedNotifications = Set.copyOf(export.getList("notifications.id"));
        assertTrue(exportedNotifications.containsAll(notifications), "every notification of her inbox: " + notifications
                + " exported: " + exportedNotifications);
        for (Object residentId : export.getList("notifications.residentId")) {
            assertTrue(herId.equals(residentId) || wardId.equals(residentId), "a notification about " + residentId);
        }

        List<Map<String, Object>> audit = export.getList("auditEntries");
        assertTrue(audit.stream().anyMatch(e -> staffSub.equals(e.get("actor")) && "GET /api/v1/residents/{id}".equals(e.get("action"))
                        && "resident".equals(e.get("resourceType")) && herId.equals(e.get("resourceId")) && Objects.equals(200, e.get("status"))),
                "the staff member's read of her record: " + audit);
        for (Map<String, Object> entry : audit) {
            assertNotNull(entry.get("id"));
            assertNotNull(entry.get("at"));
            assertNotNull(entry.get("action"));
        }
    }

    /** Everything but the enrolment counts by status is as before; those moved by exactly one waitlisted place cancelled. */
    private static void assertUnchangedBut(JsonPath before, JsonPath after) {
        Map<String, Object> expected = new LinkedHashMap<>(before.getMap("$"));
        Map<String, Object> actual = new LinkedHashMap<>(after.getMap("$"));
        expected.remove("asOf");
        actual.remove("asOf");
        expected.remove("enrolments");
        actual.remove("enrolments");
        assertEquals(expected, actual, "the statistics but the enrolment counts and asOf");
        assertEquals(before.getInt("participants"), after.getInt("participants"));
        assertEquals(before.getInt("enrolments.confirmed"), after.getInt("enrolments.confirmed"));
        assertEquals(before.getInt("enrolments.completed"), after.getInt("enrolments.completed"));
        assertEquals(before.getInt("enrolments.waitlisted") - 1, after.getInt("enrolments.waitlisted"));
        assertEquals(before.getInt("enrolments.cancelled") + 1, after.getInt("enrolments.cancelled"));
    }

    /** The statistics but asOf (events that change no number, e.g. resident.erased, may still move it). */
    private static Map<String, Object> withoutAsOf(JsonPath statistics) {
        Map<String, Object> numbers = new LinkedHashMap<>(statistics.getMap("$"));
        numbers.remove("asOf");
        return numbers;
    }

    private static JsonPath officerStatistics(String code) {
        return Scenario.asOfficer().get("/api/v1/statistics/communities/" + code + "/years/" + YEAR)
                .then().statusCode(200).extract().jsonPath();
    }

    /** A refusal: status, code, problem+json, and none of the resident's personal data in it. */
    private static void refused(Response response, int status, String code, String residentId) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), body);
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals(code, response.jsonPath().getString("code"), body);
        for (String value : List.of(NAME, BIRTH_DATE, WARD_NAME, WARD_BIRTH_DATE, STAFF_ERASED_NAME, STAFF_ERASED_BIRTH_DATE)) {
            assertFalse(body.contains(value), "the refusal about " + residentId + " carries " + value + ": " + body);
        }
        for (String phone : PersonalDataUsed.phones()) {
            assertFalse(body.contains(phone), "the refusal about " + residentId + " carries a phone: " + body);
        }
    }

    private static String enrolAs(String username, String residentId, String sessionId, String expectedStatus) {
        return Scenario.as(username).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments").then().statusCode(201).body("status", equalTo(expectedStatus)).extract().path("id");
    }

    private static void assertEnrolment(String code, String id, String status, Integer waitlistPosition) {
        Scenario.asStaff(code).get("/api/v1/enrolments/" + id).then().statusCode(200).body("status", equalTo(status))
                .body("waitlistPosition", waitlistPosition == null ? nullValue() : equalTo(waitlistPosition));
    }

    private static List<Object> roster(String code, String sessionId, String status) {
        return Scenario.asStaff(code).queryParam("sessionId", sessionId).queryParam("status", status).queryParam("size", 100)
                .get("/api/v1/enrolments").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    /** Every item of a paged list (size 100), as the request's caller sees it. */
    static List<Map<String, Object>> allPages(io.restassured.specification.RequestSpecification request, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath list = given().spec(request).queryParam("size", 100).queryParam("page", page).get(path)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> some = list.getList("items");
            items.addAll(some);
            if (some.size() < 100) {
                return items;
            }
        }
    }

    /** The account's id ({@code sub} of its tokens), what audit entries name as actor. */
    static String sub(String username) {
        return Jwts.payload(Tokens.of(username)).get("sub").asText();
    }

    /**
     * Where each value is stored, as "what in database.table.column", looking at every text, date and
     * binary column of the suite's three databases.
     */
    static List<String> whereStored(RunningSuite suite, Map<String, String> values) {
        List<String> found = new ArrayList<>();
        for (String database : List.of("programmes", "enrolment", "reporting")) {
            try (Connection db = DriverManager.getConnection(suite.stack().mariaDb().jdbcUrl(database), LocalMariaDb.USER,
                    LocalMariaDb.PASSWORD)) {
                List<String[]> columns = new ArrayList<>();
                try (PreparedStatement query = db.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
                        + "WHERE table_schema = ? AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', "
                        + "'longtext', 'json', 'date', 'binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob')")) {
                    query.setString(1, database);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            columns.add(new String[] {rows.getString(1), rows.getString(2)});
                        }
                    }
                }
                List<Map.Entry<String, String>> wanted = List.copyOf(values.entrySet());
                for (String[] column : columns) {
                    // One pass over the column for all values: SUM(value LIKE ?) per value.
                    StringBuilder sql = new StringBuilder("SELECT ");
                    for (int i = 0; i < wanted.size(); i++) {
                        sql.append(i == 0 ? "" : ", ").append("COALESCE(SUM(CAST(`").append(column[1]).append("` AS CHAR) LIKE ?), 0)");
                    }
                    sql.append(" FROM `").append(column[0]).append('`');
                    try (PreparedStatement count = db.prepareStatement(sql.toString())) {
                        for (int i = 0; i < wanted.size(); i++) {
                            count.setString(i + 1, "%" + wanted.get(i).getValue() + "%");
                        }
                        try (ResultSet rows = count.executeQuery()) {
                            rows.next();
                            for (int i = 0; i < wanted.size(); i++) {
                                if (rows.getLong(i + 1) > 0) {
                                    found.add(wanted.get(i).getKey() + " in " + database + "." + column[0] + "." + column[1]);
                                }
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot look into database " + database + ": " + e, e);
            }
        }
        return found;
    }
}
