package io.communityedu.e2e;

import io.communityedu.localstack.LocalKafka;
import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The audit trail (API.md "Personal data rights and audit"): a scenario of some sixty requests by every
 * kind of caller against programmes-service, enrolment-service and reporting-service, accepted and
 * refused (401, 403, 400, 404, 409, 422), each with a request id of its own, Kafka stopped for a part
 * of it. Afterwards {@code GET /api/v1/audit} (officer) holds exactly one entry per state-changing request
 * and one per read of a full resident record, none for the other reads, each with the caller's {@code sub}
 * as actor (null without a token), the method and route template as action, the answer's status and the
 * resource where it is plain; newest first; filters by actor and resource; refused to everyone but
 * officers and admins; bad queries are 400.
 */
@ExtendWith(SuiteExtension.class)
class AuditTrailTest {

    private static final int YEAR = 2021;
    private static final String ENROLMENT = "enrolment-service";
    private static final String PROGRAMMES = "programmes-service";
    private static final String REPORTING = "reporting-service";

    /** One kind of caller: its account (null without a token) and the realm role its entries must show. */
    private record Caller(String label, String username, boolean districtSystem, String role) {
        String token() {
            return districtSystem ? Tokens.districtSystem() : username == null ? null : Tokens.of(username);
        }

        String sub() {
            String token = token();
            return token == null ? null : Jwts.payload(token).get("sub").asText();
        }

        String clientId() {
            String token = token();
            return token == null ? null : Jwts.payload(token).get("azp").asText();
        }

        RequestSpecification request() {
            String token = token();
            return token == null ? given() : given().header("Authorization", "Bearer " + token);
        }
    }

    /** What one request of the scenario must have left in the trail. resourceType/resourceId null: not checked. */
    private static final class Expected {
        final String requestId;
        final Caller caller;
        final String action;
        final int status;
        final String service;
        final int entries;
        String resourceType;
        String resourceId;

        Expected(String requestId, Caller caller, String action, int status, String service, int entries) {
            this.requestId = requestId;
            this.caller = caller;
            this.action = action;
            this.status = status;
            this.service = service;
            this.entries = entries;
        }

        Expected about(String type, String id) {
            resourceType = type;
            resourceId = id;
            return this;
        }

        @Override
        public String toString() {
            return requestId + " " + caller.label() + " " + action + " -> " + status;
        }
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<Expected> expected = new ArrayList<>();
    private Response last;

    @Test
    void everyStateChangingRequestAndEveryFullRecordReadLeavesExactlyOneEntryKafkaDownOrNot(RunningSuite suite) {
        // ---- Setup (request ids of the gateway's own; not part of what is counted) ----
        String code = Scenario.uniqueCode("audit");
        String otherCode = Scenario.uniqueCode("audit-other");
        Scenario.community(code, "审计社区");
        Scenario.community(otherCode, "审计隔壁社区");
        Scenario.plan(code, YEAR, 10, 30, 1, "30000.00");
        String programme = Scenario.programme(code, YEAR, "审计书法班", "SELF_EDUCATION", false, null);
        String session = Scenario.session(programme, YEAR, 1, 6);
        String account = "resident.audit." + code;
        Tokens.tokens().createResident(account);
        String residentId = AccessMatrixTest.registerMe(account, code, "审计居民甲", "1988-08-18", PersonalDataUsed.newPhone());
        String r2 = Scenario.resident(code, "审计居民乙", "1989-09-19");
        Scenario.awaitSessionKnown(session);
        // reporting-service knows the plan (its statistics are read while Kafka is down).
        await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> Scenario.statistics(code, YEAR));

        Caller resident = new Caller("resident", account, false, "resident");
        Caller staff = new Caller("staff", Scenario.staffOf(code), false, "community-staff");
        Caller staffOfOther = new Caller("staff of another community", Scenario.staffOf(otherCode), false, "community-staff");
        Caller officer = new Caller("officer", Tokens.OFFICER, false, "district-officer");
        Caller admin = new Caller("admin", Tokens.ADMIN, false, "admin");
        Caller statistics = new Caller("statistics-reader", null, true, "statistics-reader");
        Caller anonymous = new Caller("no token", null, false, null);

        String unknown = UUID.randomUUID().toString();
        Map<String, Object> newResident = residentBody(code, "审计新居民");
        String newCommunity = Scenario.uniqueCode("audit-new");

        Instant from = Instant.now().minusSeconds(2);
        // ---- Part 1: Kafka up ----
        send(staff, "POST", "/api/v1/residents", newResident, 201, ENROLMENT, "POST /api/v1/residents", 1);
        String n1 = last.path("id");
        latest().about("resident", n1);
        send(staff, "POST", "/api/v1/residents", "{\"name\": ", 400, ENROLMENT, "POST /api/v1/residents", 1);
        send(anonymous, "POST", "/api/v1/residents", newResident, 401, ENROLMENT, "POST /api/v1/residents", 1);
        send(statistics, "POST", "/api/v1/residents", newResident, 403, ENROLMENT, "POST /api/v1/residents", 1);
        send(staffOfOther, "POST", "/api/v1/residents", newResident, 403, ENROLMENT, "POST /api/v1/residents", 1);
        send(staff, "GET", "/api/v1/residents/" + r2, null, 200, ENROLMENT, "GET /api/v1/residents/{id}", 1).about("resident", r2);
        send(officer, "GET", "/api/v1/residents/" + r2, null, 200, ENROLMENT, "GET /api/v1/residents/{id}", 1).about("resident", r2);
        send(staffOfOther, "GET", "/api/v1/residents/" + r2, null, 403, ENROLMENT, "GET /api/v1/residents/{id}", 0);
        send(staff, "GET", "/api/v1/residents?community=" + code, null, 200, ENROLMENT, "GET /api/v1/residents", 0);
        send(anonymous, "GET", "/api/v1/programmes/" + programme, null, 200, PROGRAMMES, "GET /api/v1/programmes/{id}", 0);
        send(staff, "POST", "/api/v1/enrolments", Map.of("residentId", r2, "sessionId", session), 201, ENROLMENT,
                "POST /api/v1/enrolments", 1);
        String e2 = last.path("id");
        latest().about("enrolment", e2);
        send(resident, "POST", "/api/v1/enrolments", Map.of("residentId", residentId, "sessionId", session), 201, ENROLMENT,
                "POST /api/v1/enrolments", 1);
        String eR = last.path("id");
        assertEquals("WAITLISTED", last.path("status"));
        latest().about("enrolment", eR);
        send(resident, "POST", "/api/v1/enrolments", Map.of("residentId", r2, "sessionId", session), 403, ENROLMENT,
                "POST /api/v1/enrolments", 1);
        send(resident, "POST", "/api/v1/enrolments", Map.of("residentId", residentId, "sessionId", session), 409, ENROLMENT,
                "POST /api/v1/enrolments", 1);
        send(staff, "POST", "/api/v1/enrolments", Map.of("residentId", residentId, "sessionId", unknown), 404, ENROLMENT,
                "POST /api/v1/enrolments", 1);
        send(resident, "POST", "/api/v1/enrolments/" + e2 + "/cancel", null, 403, ENROLMENT, "POST /api/v1/enrolments/{id}/cancel", 1)
                .about("enrolment", e2);
        send(anonymous, "POST", "/api/v1/enrolments/" + e2 + "/cancel", null, 401, ENROLMENT, "POST /api/v1/enrolments/{id}/cancel", 1)
                .about("enrolment", e2);
        send(staff, "POST", "/api/v1/enrolments/" + unknown + "/cancel", null, 404, ENROLMENT, "POST /api/v1/enrolments/{id}/cancel", 1)
                .about("enrolment", unknown);
        send(staff, "POST", "/api/v1/enrolments/" + eR + "/complete", null, 409, ENROLMENT, "POST /api/v1/enrolments/{id}/complete", 1)
                .about("enrolment", eR);
        send(resident, "POST", "/api/v1/enrolments/" + eR + "/accept", null, 409, ENROLMENT, "POST /api/v1/enrolments/{id}/accept", 1)
                .about("enrolment", eR);
        send(staff, "POST", "/api/v1/draws", Map.of("sessionId", session), 422, ENROLMENT, "POST /api/v1/draws", 1);
        send(staff, "GET", "/api/v1/enrolments?sessionId=" + session, null, 200, ENROLMENT, "GET /api/v1/enrolments", 0);

        // ---- Part 2: Kafka down; the entries wait in the outboxes ----
        LocalKafka kafka = suite.stack().kafka();
        kafka.stop();
        try {
            send(staff, "POST", "/api/v1/enrolments/" + e2 + "/cancel", null, 200, ENROLMENT, "POST /api/v1/enrolments/{id}/cancel", 1)
                    .about("enrolment", e2);
            send(staff, "POST", "/api/v1/enrolments/" + e2 + "/cancel", null, 409, ENROLMENT, "POST /api/v1/enrolments/{id}/cancel", 1)
                    .about("enrolment", e2);
            // eR was promoted by the cancellation.
            send(staff, "POST", "/api/v1/enrolments/" + eR + "/complete", null, 200, ENROLMENT, "POST /api/v1/enrolments/{id}/complete", 1)
                    .about("enrolment", eR);
            send(staff, "PATCH", "/api/v1/sessions/" + session, Map.of("capacity", 3), 200, PROGRAMMES, "PATCH /api/v1/sessions/{id}", 1)
                    .about("session", session);
            send(staff, "PATCH", "/api/v1/sessions/" + session, Map.of("capacity", -1), 400, PROGRAMMES, "PATCH /api/v1/sessions/{id}", 1)
                    .about("session", session);
            send(staffOfOther, "PATCH", "/api/v1/sessions/" + session, Map.of("capacity", 3), 403, PROGRAMMES,
                    "PATCH /api/v1/sessions/{id}", 1).about("session", session);
            send(resident, "PATCH", "/api/v1/sessions/" + session, Map.of("capacity", 3), 403, PROGRAMMES,
                    "PATCH /api/v1/sessions/{id}", 1).about("session", session);
            send(anonymous, "PATCH", "/api/v1/sessions/" + session, Map.of("capacity", 3), 401, PROGRAMMES,
                    "PATCH /api/v1/sessions/{id}", 1).about("session", session);
            send(staff, "PUT", "/api/v1/programmes/" + programme, programmeBody(code, "审计书法班（改）"), 200, PROGRAMMES,
                    "PUT /api/v1/programmes/{id}", 1).about("programme", programme);
            send(staff, "PUT", "/api/v1/programmes/" + unknown, programmeBody(code, "无此课程"), 404, PROGRAMMES,
                    "PUT /api/v1/programmes/{id}", 1).about("programme", unknown);
            Map<String, Object> community = Map.of("code", newCommunity, "name", "审计新社区", "district", "清河区");
            send(officer, "POST", "/api/v1/communities", community, 201, PROGRAMMES, "POST /api/v1/communities", 1)
                    .about("community", newCommunity);
            send(officer, "POST", "/api/v1/communities", community, 409, PROGRAMMES, "POST /api/v1/communities", 1);
            send(staff, "POST", "/api/v1/communities", Map.of("code", Scenario.uniqueCode("audit-no"), "name", "不该有的社区",
                    "district", "清河区"), 403, PROGRAMMES, "POST /api/v1/communities", 1);
            Map<String, Object> provider = Map.of("name", "审计培训学校", "type", "TRAINING_INSTITUTION", "residentDiscountPercent", 5);
            send(admin, "POST", "/api/v1/providers", provider, 201, PROGRAMMES, "POST /api/v1/providers", 1);
            latest().about("provider", last.path("id"));
            send(statistics, "POST", "/api/v1/providers", provider, 403, PROGRAMMES, "POST /api/v1/providers", 1);
            send(staff, "POST", "/api/v1/programmes", programmeBody(code, "审计新课程"), 201, PROGRAMMES, "POST /api/v1/programmes", 1);
            latest().about("programme", last.path("id"));
            send(staff, "POST", "/api/v1/programmes/" + programme + "/sessions", Map.of("title", "审计二期", "startDate",
                            YEAR + "-09-01", "endDate", YEAR + "-09-30", "venue", "活动室", "capacity", 3, "hours", 2), 201, PROGRAMMES,
                    "POST /api/v1/programmes/{id}/sessions", 1);
            latest().about("session", last.path("id"));
            Map<String, Object> plan = Map.of("residentPopulation", 10, "participationTargetPercent", 30,
                    "featuredProgrammeTarget", 1, "budget", new BigDecimal("30000.00"));
            send(staff, "PUT", "/api/v1/communities/" + code + "/plans/" + (YEAR + 1), plan, 201, PROGRAMMES,
                    "PUT /api/v1/communities/{code}/plans/{year}", 1);
            send(staff, "PUT", "/api/v1/communities/" + code + "/plans/" + YEAR, plan, 200, PROGRAMMES,
                    "PUT /api/v1/communities/{code}/plans/{year}", 1);
            Map<String, Object> expenditure = Map.of("date", YEAR + "-03-03", "category", "MATERIALS", "amount", 10,
                    "payee", "审计文具店", "description", "教材");
            send(staff, "POST", "/api/v1/communities/" + code + "/plans/" + YEAR + "/expenditures", expenditure, 201, PROGRAMMES,
                    "POST /api/v1/communities/{code}/plans/{year}/expenditures", 1);
            send(anonymous, "POST", "/api/v1/communities/" + code + "/plans/" + YEAR + "/expenditures", expenditure, 401, PROGRAMMES,
                    "POST /api/v1/communities/{code}/plans/{year}/expenditures", 1);
            send(staff, "GET", "/api/v1/residents/" + n1, null, 200, ENROLMENT, "GET /api/v1/residents/{id}", 1).about("resident", n1);
            send(statistics, "GET", "/api/v1/statistics/communities/" + code + "/years/" + YEAR, null, 200, REPORTING,
                    "GET /api/v1/statistics/communities/{code}/years/{year}", 0);
        } finally {
            kafka.start();
        }

        // ---- Part 3: Kafka back ----
        try {
            PersonalDataUsed.resident("审计居民甲", "13700000000");
            send(resident, "POST", "/api/v1/me", Map.of("name", "审计居民甲", "birthDate", "1988-08-18", "communityCode", code,
                    "groups", List.of("GENERAL"), "phone", "13700000000"), 409, ENROLMENT, "POST /api/v1/me", 1);
            send(staff, "POST", "/api/v1/me", Map.of("name", "审计居民甲", "birthDate", "1988-08-18", "communityCode", code,
                    "groups", List.of("GENERAL"), "phone", "13700000000"), 403, ENROLMENT, "POST /api/v1/me", 1);
            PersonalDataUsed.name("审计小宝");
            send(resident, "POST", "/api/v1/me/wards", Map.of("name", "审计小宝", "birthDate", "2019-01-01", "groups", List.of("INFANT"),
                    "guardianConsent", false), 422, ENROLMENT, "POST /api/v1/me/wards", 1);
            send(resident, "POST", "/api/v1/me/wards", Map.of("name", "审计小宝", "birthDate", "2019-01-01", "groups", List.of("INFANT"),
                    "guardianConsent", true), 201, ENROLMENT, "POST /api/v1/me/wards", 1);
            String ward = last.path("id");
            latest().about("resident", ward);
            send(staff, "GET", "/api/v1/residents/" + ward, null, 200, ENROLMENT, "GET /api/v1/residents/{id}", 1).about("resident", ward);
            send(resident, "GET", "/api/v1/residents/" + r2, null, 403, ENROLMENT, "GET /api/v1/residents/{id}", 0);
            send(resident, "POST", "/api/v1/residents/" + ward + "/erasure", null, 204, ENROLMENT,
                    "POST /api/v1/residents/{id}/erasure", 1).about("resident", ward);
            send(admin, "POST", "/api/v1/residents/" + ward + "/erasure", null, 404, ENROLMENT,
                    "POST /api/v1/residents/{id}/erasure", 1).about("resident", ward);
            send(staffOfOther, "POST", "/api/v1/residents/" + r2 + "/erasure", null, 403, ENROLMENT,
                    "POST /api/v1/residents/{id}/erasure", 1).about("resident", r2);
            send(staff, "POST", "/api/v1/residents/" + n1 + "/erasure", null, 204, ENROLMENT,
                    "POST /api/v1/residents/{id}/erasure", 1).about("resident", n1);
            send(officer, "POST", "/api/v1/attendance", Map.of("sessionId", session, "date", YEAR + "-07-02",
                    "presentResidentIds", List.of(r2)), 422, ENROLMENT, "POST /api/v1/attendance", 1);
            send(resident, "DELETE", "/api/v1/me", null, 204, ENROLMENT, "DELETE /api/v1/me", 1).about("resident", residentId);
            send(resident, "DELETE", "/api/v1/me", null, 404, ENROLMENT, "DELETE /api/v1/me", 1);
            send(resident, "GET", "/api/v1/audit", null, 403, REPORTING, "GET /api/v1/audit", 0);
            send(anonymous, "GET", "/api/v1/audit", null, 401, REPORTING, "GET /api/v1/audit", 0);
            Instant to = Instant.now().plusSeconds(2);

            long stateChanging = expected.stream().filter(e -> !e.action.startsWith("GET ")).count();
            int expectedEntries = expected.stream().mapToInt(e -> e.entries).sum();
            assertTrue(expected.size() >= 50 && stateChanging >= 40, expected.size() + " requests, " + stateChanging + " changing");

            // ---- The trail: exactly the expected entries, each as the request was ----
            List<Map<String, Object>> ours;
            try {
                List<Map<String, Object>> arrived = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(
                        () -> ours(trail(Scenario.asOfficer(), from, to, Map.of())), entries -> entries.size() >= expectedEntries);
                // Whatever is still travelling has had its chance: nothing more may arrive.
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                        .until(() -> ours(trail(Scenario.asOfficer(), from, to, Map.of())).size() == arrived.size());
                ours = arrived;
            } catch (ConditionTimeoutException missing) {
                ours = ours(trail(Scenario.asOfficer(), from, to, Map.of())); // assertEntries says which
            }
            assertEntries(ours, from, to);

            // Newest first across pages (at, then id, descending), page after page.
            List<Map<String, Object>> all = trail(Scenario.asOfficer(), from, to, Map.of());
            for (int i = 1; i < all.size(); i++) {
                Instant previous = Instant.parse((String) all.get(i - 1).get("at"));
                Instant at = Instant.parse((String) all.get(i).get("at"));
                assertTrue(previous.isAfter(at) || previous.equals(at)
                                && ((String) all.get(i - 1).get("id")).compareTo((String) all.get(i).get("id")) > 0,
                        "newest first: " + all.get(i - 1) + " before " + all.get(i));
            }

            // Filters: by actor, by resource.
            String staffSub = staff.sub();
            List<Map<String, Object>> byStaff = trail(Scenario.asAdmin(), from, to, Map.of("actor", staffSub));
            assertTrue(byStaff.stream().allMatch(e -> staffSub.equals(e.get("actor"))), "actor filter: " + byStaff);
            assertEquals(requestIds(expected.stream().filter(e -> e.caller == staff && e.entries > 0).toList()),
                    entryRequestIds(ours(byStaff)), "the staff member's entries");
            List<Map<String, Object>> aboutE2 = trail(Scenario.asOfficer(), from, to, Map.of("resourceType", "enrolment", "resourceId", e2));
            assertTrue(aboutE2.stream().allMatch(e -> "enrolment".equals(e.get("resourceType")) && e2.equals(e.get("resourceId"))),
                    "resource filter: " + aboutE2);
            assertEquals(requestIds(expected.stream().filter(e -> "enrolment".equals(e.resourceType) && e2.equals(e.resourceId)).toList()),
                    entryRequestIds(ours(aboutE2)), "the entries about enrolment e2");

            // No personal data in the trail.
            String text = ours.toString();
            for (String personal : PersonalDataUsed.names()) {
                assertFalse(text.contains(personal), "the trail carries a name: " + personal);
            }
            for (String personal : PersonalDataUsed.phones()) {
                assertFalse(text.contains(personal), "the trail carries a phone: " + personal);
            }
        } finally {
            suite.awaitReady(Duration.ofMinutes(2));
        }
    }

    @Test
    void onlyOfficersAndAdminsReadTheTrailAndBadQueriesAre400() {
        String code = Scenario.uniqueCode("audit-readers");
        Scenario.community(code, "审计读者社区");
        String account = "resident.audit.reader." + code;
        Tokens.tokens().createResident(account);
        refused(Scenario.asStaff(code).get("/api/v1/audit"), 403, "FORBIDDEN");
        refused(Scenario.as(account).get("/api/v1/audit"), 403, "FORBIDDEN");
        refused(Scenario.asDistrictSystem().get("/api/v1/audit"), 403, "FORBIDDEN");
        Response anonymous = given().get("/api/v1/audit");
        refused(anonymous, 401, null);
        assertTrue(String.valueOf(anonymous.header("WWW-Authenticate")).startsWith("Bearer"), anonymous.headers().toString());

        for (RequestSpecification reader : List.of(Scenario.asOfficer(), Scenario.asAdmin())) {
            JsonPath page = reader.queryParam("size", 5).get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
            assertEquals(0, page.getInt("page"));
            assertEquals(5, page.getInt("size"));
            assertTrue(page.getList("items").size() <= 5);
            assertTrue(page.getLong("total") >= page.getList("items").size());
        }

        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("from", Map.of("from", "yesterday"));
        bad.put("to", Map.of("to", "2026-13-01T00:00:00Z"));
        bad.put("from after to", Map.of("from", "2026-01-02T00:00:00Z", "to", "2026-01-01T00:00:00Z"));
        bad.put("size", Map.of("size", 101));
        bad.put("negative page", Map.of("page", -1));
        Map<String, String> field = Map.of("from", "from", "to", "to", "from after to", "to");
        bad.forEach((label, query) -> {
            Response response = Scenario.asOfficer().queryParams(query).get("/api/v1/audit");
            refused(response, 400, null);
            if (field.containsKey(label)) {
                assertTrue(response.jsonPath().getList("errors.field").contains(field.get(label)),
                        label + ": the field in error is " + field.get(label) + ": " + response.asString());
            }
        });
        // From inclusive, to exclusive: an empty range is no error, and finds nothing.
        Instant now = Instant.now();
        Scenario.asOfficer().queryParam("from", now.toString()).queryParam("to", now.toString()).get("/api/v1/audit")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
    }

    // ----------------------------------------------------------------------------------------------

    private Expected send(Caller caller, String method, String path, Object body, int status, String service, String action,
                          int entries) {
        String requestId = "e2e-audit-" + run + "-" + String.format("%02d", expected.size() + 1);
        RequestSpecification request = caller.request().header("X-Request-Id", requestId);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        last = request.request(method, path);
        Expected entry = new Expected(requestId, caller, action, status, service, entries);
        assertEquals(status, last.statusCode(), entry + ": " + last.asString());
        expected.add(entry);
        return entry;
    }

    private Expected latest() {
        return expected.get(expected.size() - 1);
    }

    /** The entries of this run's requests. */
    private List<Map<String, Object>> ours(List<Map<String, Object>> entries) {
        String prefix = "e2e-audit-" + run + "-";
        return entries.stream().filter(e -> e.get("requestId") instanceof String id && id.startsWith(prefix)).toList();
    }

    private void assertEntries(List<Map<String, Object>> ours, Instant from, Instant to) {
        List<String> failures = new ArrayList<>();
        Map<String, List<Map<String, Object>>> byRequest = ours.stream()
                .collect(Collectors.groupingBy(e -> (String) e.get("requestId"), TreeMap::new, Collectors.toList()));
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> entry : ours) {
            if (entry.get("id") == null || !ids.add(entry.get("id"))) {
                failures.add("an entry without an id of its own: " + entry);
            }
        }
        for (Expected e : expected) {
            List<Map<String, Object>> found = byRequest.getOrDefault(e.requestId, List.of());
            if (found.size() != e.entries) {
                failures.add(e + ": " + found.size() + " entries, expected " + e.entries + ": " + found);
                continue;
            }
            for (Map<String, Object> entry : found) {
                check(failures, e, "actor", e.caller.sub(), entry.get("actor"));
                check(failures, e, "clientId", e.caller.clientId(), entry.get("clientId"));
                check(failures, e, "action", e.action, entry.get("action"));
                check(failures, e, "status", e.status, entry.get("status"));
                check(failures, e, "service", e.service, entry.get("service"));
                if (e.resourceType != null) {
                    check(failures, e, "resourceType", e.resourceType, entry.get("resourceType"));
                    check(failures, e, "resourceId", e.resourceId, entry.get("resourceId"));
                }
                Object roles = entry.get("actorRoles");
                if (e.caller.role() == null) {
                    if (roles instanceof List<?> list && !list.isEmpty()) {
                        failures.add(e + ": actorRoles " + roles + " without a token");
                    }
                } else if (!(roles instanceof List<?> list) || !list.contains(e.caller.role())) {
                    failures.add(e + ": actorRoles " + roles + ", expected to hold " + e.caller.role());
                }
                Instant at = Instant.parse((String) entry.get("at"));
                if (at.isBefore(from) || !at.isBefore(to)) {
                    failures.add(e + ": at " + at + " outside the scenario " + from + ".." + to);
                }
            }
        }
        Set<String> unexpected = new HashSet<>(byRequest.keySet());
        unexpected.removeAll(requestIds(expected));
        if (!unexpected.isEmpty()) {
            failures.add("entries of no request of the scenario: " + unexpected);
        }
        System.out.printf("AuditTrailTest: %d requests (%d changing state), %d entries%n", expected.size(),
                expected.stream().filter(e -> !e.action.startsWith("GET ")).count(), ours.size());
        if (!failures.isEmpty()) {
            fail(failures.size() + " audit entries not as API.md says:\n" + String.join("\n", failures));
        }
    }

    private static void check(List<String> failures, Expected e, String field, Object expectedValue, Object actual) {
        if (!Objects.equals(expectedValue, actual)) {
            failures.add(e + ": " + field + " " + actual + ", expected " + expectedValue);
        }
    }

    private static Set<String> requestIds(List<Expected> requests) {
        return requests.stream().filter(e -> e.entries > 0).map(e -> e.requestId).collect(Collectors.toCollection(HashSet::new));
    }

    private static Set<String> entryRequestIds(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> (String) e.get("requestId")).collect(Collectors.toCollection(HashSet::new));
    }

    /** Every entry from..to (with the filters), paging through with size=100. */
    private static List<Map<String, Object>> trail(RequestSpecification reader, Instant from, Instant to, Map<String, Object> filters) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath list = given().spec(reader).queryParams(filters).queryParam("from", from.toString())
                    .queryParam("to", to.toString()).queryParam("size", 100).queryParam("page", page).get("/api/v1/audit")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = list.getList("items");
            entries.addAll(items);
            if (items.size() < 100 || entries.size() >= list.getLong("total")) {
                return entries;
            }
        }
    }

    private static void refused(Response response, int status, String code) {
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"), response.contentType());
        if (code != null) {
            assertEquals(code, response.jsonPath().getString("code"), response.asString());
        }
    }

    private static Map<String, Object> residentBody(String code, String name) {
        String phone = PersonalDataUsed.newPhone();
        PersonalDataUsed.name(name);
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "birthDate", "1990-10-10", "communityCode", code,
                "groups", List.of("GENERAL"), "phone", phone));
        body.put("guardianId", null);
        return body;
    }

    private static Map<String, Object> programmeBody(String code, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("communityCode", code);
        body.put("year", YEAR);
        body.put("title", title);
        body.put("strand", "SELF_EDUCATION");
        body.put("targetGroups", List.of("GENERAL"));
        body.put("providerId", null);
        body.put("featured", false);
        body.put("certificateName", null);
        body.put("fee", 0);
        return body;
    }
}
