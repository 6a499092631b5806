package io.communityedu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Which fields of a resident each kind of caller sees in each response that can carry them (API.md
 * "Personal data rights and audit"): the full record (phone, birth date, guardian) only to the resident,
 * the guardian, staff of the resident's community, officers and admins; lists with masked phones and no
 * birth dates or guardian links; rosters, attendance, draws and enrolments with none of phone, birth date
 * or guardian; refusals (403, 401, GROUP_NOT_ELIGIBLE, AGE_NOT_ELIGIBLE, 409) free of the resident's data.
 * The resident G has an account and is guardian of W; G's groups (UNEMPLOYED) are personal too.
 */
@ExtendWith(SuiteExtension.class)
class ExposureMatrixTest {

    private static final int YEAR = 2020;

    /** Who asks. OWNER: the account of G, i.e. G herself for G and the guardian for W. */
    enum Who {
        ANONYMOUS, OWNER, OTHER_RESIDENT, STAFF, STAFF_OF_OTHER, OFFICER, ADMIN, STATISTICS_READER
    }

    /** What one resident is: what is exposed about them, and what a refusal must not carry. */
    private record Person(String id, String name, String phone, String birthDate, List<String> groups, String guardianId) {
        /** The values that are this person's personal data. */
        List<String> secrets() {
            List<String> secrets = new ArrayList<>(List.of(name, birthDate));
            if (phone != null) {
                secrets.add(phone);
            }
            if (groups.contains("UNEMPLOYED")) {
                secrets.add("UNEMPLOYED");
            }
            return secrets;
        }
    }

    private static final String GUARDIAN_NAME = "欧阳慧敏";
    private static final String GUARDIAN_BIRTH_DATE = "1984-09-17";
    private static final String WARD_NAME = "欧阳小慧";
    private static final String WARD_BIRTH_DATE = "2017-08-19";
    /** Personal fields no response for others may carry (names are allowed where the caller may see the resident). */
    private static final Set<String> PERSONAL_FIELDS = Set.of("phone", "birthDate", "guardianId", "guardianConsentAt");
    private static final Set<String> LIST_ITEM_FIELDS = Set.of("id", "name", "communityCode", "groups", "phone", "createdAt");

    private static String code;
    private static String account;
    private static String otherAccount;
    private static Person g;
    private static Person w;
    private static String otherId;
    private static String session;
    private static String groupsSession;
    private static String ageSession;
    private static String lotterySession;
    private static String enrolmentG;
    private static String enrolmentW;
    private static final Map<Who, String> STAFF = new EnumMap<>(Who.class);

    @BeforeAll
    static void setUp() {
        code = Scenario.uniqueCode("exposure");
        String otherCode = Scenario.uniqueCode("exposure-other");
        Scenario.community(code, "信息暴露矩阵社区");
        Scenario.community(otherCode, "隔壁矩阵社区");
        Scenario.plan(code, YEAR, 30, 30, 1, "10000.00");
        STAFF.put(Who.STAFF, Scenario.staffOf(code));
        STAFF.put(Who.STAFF_OF_OTHER, Scenario.staffOf(otherCode));
        String general = Scenario.programme(code, YEAR, "社区摄影班", "SELF_EDUCATION", false, null);
        session = Scenario.session(general, YEAR, 10, 6);
        String forGroups = Scenario.programme(code, YEAR, "银龄与少儿课堂", "YOUTH_DEVELOPMENT", List.of("SENIOR", "PUPIL"),
                null, false, null);
        groupsSession = Scenario.session(forGroups, YEAR, 10, 6);
        ageSession = Scenario.session(ageLimitedProgramme(), YEAR, 10, 6);
        lotterySession = lotterySession(general);

        account = "resident.exposure." + code;
        Tokens.tokens().createResident(account);
        String phone = PersonalDataUsed.newPhone();
        PersonalDataUsed.name(GUARDIAN_NAME);
        Map<String, Object> registration = Map.of("name", GUARDIAN_NAME, "birthDate", GUARDIAN_BIRTH_DATE, "communityCode", code,
                "groups", List.of("UNEMPLOYED"), "phone", phone);
        String gId = await().atMost(Scenario.EVENT_DELIVERY).until(() -> Scenario.as(account).contentType(ContentType.JSON)
                        .body(registration).post("/api/v1/me"), r -> r.statusCode() != 422)
                .then().statusCode(201).extract().path("id");
        g = new Person(gId, GUARDIAN_NAME, phone, GUARDIAN_BIRTH_DATE, List.of("UNEMPLOYED"), null);
        PersonalDataUsed.name(WARD_NAME);
        String wId = Scenario.as(account).contentType(ContentType.JSON).body(Map.of("name", WARD_NAME, "birthDate", WARD_BIRTH_DATE,
                "groups", List.of("PUPIL"), "guardianConsent", true)).post("/api/v1/me/wards").then().statusCode(201).extract().path("id");
        w = new Person(wId, WARD_NAME, null, WARD_BIRTH_DATE, List.of("PUPIL"), gId);

        otherAccount = "resident.exposure.other." + code;
        Tokens.tokens().createResident(otherAccount);
        otherId = AccessMatrixTest.registerMe(otherAccount, code, "端木青", "1991-12-07", PersonalDataUsed.newPhone());

        for (String s : List.of(session, groupsSession, ageSession, lotterySession)) {
            Scenario.awaitSessionKnown(s);
        }
        enrolmentG = enrolAs(account, g.id(), session, "CONFIRMED");
        enrolmentW = enrolAs(account, w.id(), session, "CONFIRMED");
        Scenario.enrol(otherId, session, "CONFIRMED");
        Scenario.asStaff(code).contentType(ContentType.JSON).body(Map.of("sessionId", session, "date", YEAR + "-07-02",
                "presentResidentIds", List.of(g.id(), w.id()))).post("/api/v1/attendance").then().statusCode(201);
        enrolAs(account, g.id(), lotterySession, "APPLIED");
        enrolAs(account, w.id(), lotterySession, "APPLIED");
        Scenario.asStaff(code).contentType(ContentType.JSON).body(Map.of("enrolmentClosesAt", Instant.now().toString()))
                .patch("/api/v1/sessions/" + lotterySession).then().statusCode(200);
        // 422 ENROLMENT_STILL_OPEN until enrolment-service hears of the close; 409 if its scheduler drew first.
        int drawn = await().atMost(Scenario.EVENT_DELIVERY).until(() -> Scenario.asStaff(code).contentType(ContentType.JSON)
                .body(Map.of("sessionId", lotterySession)).post("/api/v1/draws").statusCode(), status -> status != 422);
        assertTrue(drawn == 200 || drawn == 409, "the draw: " + drawn);
    }

    // ----------------------------------------------------------------------------------------------

    @Test
    void fullRecordsOnlyToTheResidentTheGuardianStaffOfTheCommunityOfficersAndAdmins() {
        List<String> failures = new ArrayList<>();
        Map<String, String> report = new TreeMap<>();
        for (Person target : List.of(g, w)) {
            for (Who who : Who.values()) {
                String what = "GET /api/v1/residents/" + (target == g ? "{G}" : "{W}") + " as " + who;
                Response response = as(who).get("/api/v1/residents/" + target.id());
                switch (who) {
                    case OWNER, STAFF, OFFICER, ADMIN -> {
                        if (response.statusCode() != 200) {
                            failures.add(what + " -> " + response.statusCode() + ": " + response.asString());
                            continue;
                        }
                        JsonPath record = response.jsonPath();
                        expectEqual(failures, what, "id", target.id(), record.getString("id"));
                        expectEqual(failures, what, "name", target.name(), record.getString("name"));
                        expectEqual(failures, what, "phone", target.phone(), record.getString("phone"));
                        expectEqual(failures, what, "birthDate", target.birthDate(), record.getString("birthDate"));
                        expectEqual(failures, what, "groups", target.groups(), record.getList("groups"));
                        expectEqual(failures, what, "guardianId", target.guardianId(), record.getString("guardianId"));
                        if ((target == w) != (record.getString("guardianConsentAt") != null)) {
                            failures.add(what + ": guardianConsentAt " + record.getString("guardianConsentAt"));
                        }
                        report.put(what, "full record " + fieldsOf(response));
                    }
                    case ANONYMOUS -> report.put(what, refusal(failures, what, response, 401, null, secretsOf(g, w)));
                    case OTHER_RESIDENT -> report.put(what, refusal(failures, what, response, 403, "NOT_YOUR_RESIDENT", secretsOf(g, w)));
                    case STAFF_OF_OTHER -> report.put(what, refusal(failures, what, response, 403, "OUTSIDE_YOUR_COMMUNITY", secretsOf(g, w)));
                    case STATISTICS_READER -> report.put(what, refusal(failures, what, response, 403, "FORBIDDEN", secretsOf(g, w)));
                }
            }
        }
        print(report);
        assertNoFailures(failures);
    }

    @Test
    void listsShowMaskedPhonesAndNoBirthDatesOrGuardians() {
        List<String> failures = new ArrayList<>();
        Map<String, String> report = new TreeMap<>();
        for (Who who : Who.values()) {
            String what = "GET /api/v1/residents?community= as " + who;
            Response response = as(who).queryParam("community", code).queryParam("size", 100).get("/api/v1/residents");
            switch (who) {
                case STAFF, OFFICER, ADMIN -> {
                    if (response.statusCode() != 200) {
                        failures.add(what + " -> " + response.statusCode() + ": " + response.asString());
                        continue;
                    }
                    List<Map<String, Object>> items = response.jsonPath().getList("items");
                    Map<String, Map<String, Object>> byId = new HashMap<>();
                    items.forEach(item -> byId.put((String) item.get("id"), item));
                    for (Map<String, Object> item : items) {
                        // Exactly these fields (a null phone may be left out).
                        Set<String> required = new TreeSet<>(LIST_ITEM_FIELDS);
                        required.remove("phone");
                        if (!LIST_ITEM_FIELDS.containsAll(item.keySet()) || !item.keySet().containsAll(required)) {
                            failures.add(what + ": an item with fields " + new TreeSet<>(item.keySet()) + ", not " + new TreeSet<>(LIST_ITEM_FIELDS));
                        }
                    }
                    if (!byId.keySet().containsAll(List.of(g.id(), w.id(), otherId))) {
                        failures.add(what + ": G, W and the other resident not all listed: " + byId.keySet());
                        continue;
                    }
                    expectEqual(failures, what, "G's name", g.name(), byId.get(g.id()).get("name"));
                    expectEqual(failures, what, "G's masked phone", masked(g.phone()), byId.get(g.id()).get("phone"));
                    expectEqual(failures, what, "W's phone", null, byId.get(w.id()).get("phone"));
                    String body = response.asString();
                    for (String secret : List.of(g.phone(), g.birthDate(), w.birthDate())) {
                        if (body.contains(secret)) {
                            failures.add(what + ": the list carries " + secret);
                        }
                    }
                    report.put(what, "items " + new TreeSet<>(items.get(0).keySet()) + ", G's phone " + byId.get(g.id()).get("phone"));
                }
                case ANONYMOUS -> report.put(what, refusal(failures, what, response, 401, null, secretsOf(g, w)));
                case OWNER, OTHER_RESIDENT, STATISTICS_READER ->
                        report.put(what, refusal(failures, what, response, 403, "FORBIDDEN", secretsOf(g, w)));
                case STAFF_OF_OTHER -> report.put(what, refusal(failures, what, response, 403, "OUTSIDE_YOUR_COMMUNITY", secretsOf(g, w)));
            }
        }
        print(report);
        assertNoFailures(failures);
    }

    @Test
    void enrolmentsRostersAttendanceAndDrawsCarryNoPhoneBirthDateOrGuardian() {
        List<String> failures = new ArrayList<>();
        Map<String, String> report = new TreeMap<>();
        // Every response that lists or shows a resident's places, and who may read it (the others are refused).
        Map<String, Set<Who>> reads = new java.util.LinkedHashMap<>();
        reads.put("/api/v1/enrolments?sessionId=" + session, Set.of(Who.STAFF, Who.OFFICER, Who.ADMIN));
        reads.put("/api/v1/enrolments?sessionId=" + lotterySession, Set.of(Who.STAFF, Who.OFFICER, Who.ADMIN));
        reads.put("/api/v1/enrolments/" + enrolmentG, Set.of(Who.OWNER, Who.STAFF, Who.OFFICER, Who.ADMIN));
        reads.put("/api/v1/enrolments/" + enrolmentW, Set.of(Who.OWNER, Who.STAFF, Who.OFFICER, Who.ADMIN));
        reads.put("/api/v1/residents/" + g.id() + "/enrolments", Set.of(Who.OWNER, Who.STAFF, Who.OFFICER, Who.ADMIN));
        reads.put("/api/v1/residents/" + w.id() + "/enrolments", Set.of(Who.OWNER, Who.STAFF, Who.OFFICER, Who.ADMIN));
        reads.put("/api/v1/attendance?sessionId=" + session, Set.of(Who.STAFF, Who.OFFICER, Who.ADMIN));
        reads.put("/api/v1/draws/" + lotterySession, Set.of(Who.OWNER, Who.OTHER_RESIDENT, Who.STAFF, Who.STAFF_OF_OTHER,
                Who.OFFICER, Who.ADMIN, Who.STATISTICS_READER));
        reads.forEach((path, allowed) -> {
            for (Who who : Who.values()) {
                String what = "GET " + path.replace(g.id(), "{G}").replace(w.id(), "{W}") + " as " + who;
                Response response = as(who).get(path);
                if (allowed.contains(who)) {
                    if (response.statusCode() != 200) {
                        failures.add(what + " -> " + response.statusCode() + ": " + response.asString());
                        continue;
                    }
                    List<String> secrets = new ArrayList<>(List.of(g.phone(), g.birthDate(), w.birthDate(), "UNEMPLOYED"));
                    if (path.startsWith("/api/v1/draws/")) {
                        secrets.addAll(List.of(g.name(), w.name())); // anyone with a token reads a draw
                    }
                    clean(failures, what, response, secrets);
                    report.put(what, "200 " + fieldsOf(response));
                } else if (who == Who.ANONYMOUS) {
                    report.put(what, refusal(failures, what, response, 401, null, secretsOf(g, w)));
                } else {
                    int status = response.statusCode();
                    if (status != 403) {
                        failures.add(what + " -> " + status + " (expected 403): " + response.asString());
                    }
                    report.put(what, refusal(failures, what, response, 403, response.jsonPath().getString("code"), secretsOf(g, w)));
                }
            }
        });
        // A conflict about her place names ids, not her.
        Response created = Scenario.as(account).contentType(ContentType.JSON).body(Map.of("residentId", g.id(), "sessionId", session))
                .post("/api/v1/enrolments");
        refusal(failures, "POST /api/v1/enrolments again (409)", created, 409, null, secretsOf(g, w));
        print(report);
        assertNoFailures(failures);
    }

    @Test
    void anotherResidentsOwnViewsCarryNothingOfGOrW() {
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/api/v1/me", "/api/v1/me/wards", "/api/v1/me/enrolments", "/api/v1/me/notifications",
                "/api/v1/me/data")) {
            Response response = Scenario.as(otherAccount).get(path);
            if (response.statusCode() != 200) {
                failures.add("GET " + path + " as the other resident -> " + response.statusCode());
                continue;
            }
            for (String secret : secretsOf(g, w)) {
                if (response.asString().contains(secret)) {
                    failures.add("GET " + path + " as the other resident carries " + secret);
                }
            }
        }
        // Notification texts name no one: G's inbox holds W's and her own notifications, none with a name, phone or birth date.
        Response inbox = Scenario.as(account).queryParam("size", 100).get("/api/v1/me/notifications");
        assertEquals(200, inbox.statusCode());
        assertFalse(inbox.jsonPath().getList("items").isEmpty(), "the enrolments told G about themselves");
        for (String secret : secretsOf(g, w)) {
            if (inbox.asString().contains(secret)) {
                failures.add("a notification text carries " + secret);
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void refusalsNameTheProgrammesRulesNotTheResidentsData() {
        Response groups = Scenario.as(account).contentType(ContentType.JSON).body(Map.of("residentId", g.id(), "sessionId", groupsSession))
                .post("/api/v1/enrolments");
        assertEquals(422, groups.statusCode(), groups.asString());
        assertEquals("GROUP_NOT_ELIGIBLE", groups.jsonPath().getString("code"));
        String detail = groups.jsonPath().getString("detail");
        assertTrue(detail.contains("SENIOR") && detail.contains("PUPIL"), "names the programme's groups: " + detail);
        for (String secret : g.secrets()) {
            assertFalse(groups.asString().contains(secret), "GROUP_NOT_ELIGIBLE carries " + secret + ": " + groups.asString());
        }
        // The same refusal to staff enrolling her.
        Response byStaff = Scenario.asStaff(code).contentType(ContentType.JSON).body(Map.of("residentId", g.id(), "sessionId", groupsSession))
                .post("/api/v1/enrolments");
        assertEquals(422, byStaff.statusCode(), byStaff.asString());
        for (String secret : g.secrets()) {
            assertFalse(byStaff.asString().contains(secret), "GROUP_NOT_ELIGIBLE to staff carries " + secret);
        }

        Response age = Scenario.as(account).contentType(ContentType.JSON).body(Map.of("residentId", g.id(), "sessionId", ageSession))
                .post("/api/v1/enrolments");
        assertEquals(422, age.statusCode(), age.asString());
        assertEquals("AGE_NOT_ELIGIBLE", age.jsonPath().getString("code"));
        for (String secret : g.secrets()) {
            assertFalse(age.asString().contains(secret), "AGE_NOT_ELIGIBLE carries " + secret + ": " + age.asString());
        }
        // The ward is a pupil: the groups programme admits her, and her place is answered with ids only.
        Response admitted = Scenario.as(account).contentType(ContentType.JSON).body(Map.of("residentId", w.id(), "sessionId", groupsSession))
                .post("/api/v1/enrolments");
        assertEquals(201, admitted.statusCode(), admitted.asString());
        List<String> failures = new ArrayList<>();
        clean(failures, "POST /api/v1/enrolments (201)", admitted, List.of(w.name(), w.birthDate(), g.phone()));
        assertNoFailures(failures);
    }

    // ----------------------------------------------------------------------------------------------

    private static RequestSpecification as(Who who) {
        return switch (who) {
            case ANONYMOUS -> given();
            case OWNER -> Scenario.as(account);
            case OTHER_RESIDENT -> Scenario.as(otherAccount);
            case STAFF, STAFF_OF_OTHER -> Scenario.as(STAFF.get(who));
            case OFFICER -> Scenario.asOfficer();
            case ADMIN -> Scenario.asAdmin();
            case STATISTICS_READER -> Scenario.asDistrictSystem();
        };
    }

    /** A refusal: the status (and code), problem+json, none of the secrets; returns how it reads in the report. */
    private static String refusal(List<String> failures, String what, Response response, int status, String code, List<String> secrets) {
        String body = response.asString();
        if (response.statusCode() != status) {
            failures.add(what + " -> " + response.statusCode() + " (expected " + status + "): " + body);
        }
        String type = response.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            failures.add(what + ": not problem+json but " + type);
        }
        if (code != null && !code.equals(response.jsonPath().getString("code"))) {
            failures.add(what + ": code " + response.jsonPath().getString("code") + ", expected " + code);
        }
        for (String secret : secrets) {
            if (body.contains(secret)) {
                failures.add(what + ": the refusal carries " + secret + ": " + body);
            }
        }
        return response.statusCode() + (code == null ? "" : " " + code);
    }

    /** A 200 with none of the personal fields anywhere in it and none of the secrets. */
    private static void clean(List<String> failures, String what, Response response, List<String> secrets) {
        Set<String> fields = new TreeSet<>();
        collectFields(Tokens.read(response.asString()), fields);
        Set<String> personal = new TreeSet<>(fields);
        personal.retainAll(PERSONAL_FIELDS);
        if (!personal.isEmpty()) {
            failures.add(what + ": carries " + personal);
        }
        for (String secret : secrets) {
            if (response.asString().contains(secret)) {
                failures.add(what + ": carries " + secret);
            }
        }
    }

    private static Set<String> fieldsOf(Response response) {
        Set<String> fields = new TreeSet<>();
        collectFields(Tokens.read(response.asString()), fields);
        return fields;
    }

    private static void collectFields(JsonNode node, Set<String> fields) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                fields.add(entry.getKey());
                collectFields(entry.getValue(), fields);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectFields(element, fields));
        }
    }

    private static List<String> secretsOf(Person... people) {
        List<String> secrets = new ArrayList<>();
        for (Person person : people) {
            secrets.addAll(person.secrets());
        }
        return secrets;
    }

    /** As lists show a phone: its first three and last four digits. */
    private static String masked(String phone) {
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    private static void expectEqual(List<String> failures, String what, String field, Object expected, Object actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            failures.add(what + ": " + field + " " + actual + ", expected " + expected);
        }
    }

    private static void print(Map<String, String> report) {
        StringBuilder text = new StringBuilder("ExposureMatrixTest:\n");
        report.forEach((what, seen) -> text.append("  ").append(what).append(" -> ").append(seen).append('\n'));
        System.out.print(text);
    }

    private static void assertNoFailures(List<String> failures) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " exposures not as API.md says:\n" + String.join("\n", failures));
        }
    }

    private static String enrolAs(String username, String residentId, String sessionId, String expectedStatus) {
        return Scenario.as(username).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments").then().statusCode(201).body("status", equalTo(expectedStatus)).extract().path("id");
    }

    /** A free programme for residents aged 60 to 90: G (born 1984) is too young. */
    private static String ageLimitedProgramme() {
        Map<String, Object> body = new HashMap<>();
        body.put("communityCode", code);
        body.put("year", YEAR);
        body.put("title", "老年太极拳");
        body.put("strand", "SELF_EDUCATION");
        body.put("targetGroups", List.of("GENERAL"));
        body.put("minAge", 60);
        body.put("maxAge", 90);
        body.put("providerId", null);
        body.put("featured", false);
        body.put("certificateName", null);
        body.put("fee", 0);
        return Scenario.post(Scenario.asStaff(code), "/api/v1/programmes", body).getString("id");
    }

    /** A lottery session of the programme whose applications close in an hour (closed by PATCH once taken). */
    private static String lotterySession(String programme) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "摇号一期");
        body.put("startDate", YEAR + "-09-01");
        body.put("endDate", YEAR + "-09-30");
        body.put("venue", "社区图书室");
        body.put("capacity", 1);
        body.put("hours", 4);
        body.put("enrolmentClosesAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        body.put("allocation", "LOTTERY");
        body.put("offerHours", 48);
        String id = Scenario.post(Scenario.asStaff(code), "/api/v1/programmes/" + programme + "/sessions", body).getString("id");
        Scenario.sessionOf(id, code);
        return id;
    }
}
