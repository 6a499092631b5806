package io.communityedu.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every operation of the gateway's merged /q/openapi × every kind of caller, with real Keycloak
 * tokens, against fixture data of a community of its own. What each caller may do comes from the
 * table below, written from API.md "Identity and access" and "Resident self-service" (not from the
 * document's x-roles, which a second test compares with the table). An operation the table does not
 * know fails the test: deny by default holds only if every new endpoint gets a rule.
 * <p>
 * All refused combinations run first; then everything is read back as admin and must be as before;
 * then the allowed combinations run (any answer but 401 and 403).
 */
@ExtendWith(SuiteExtension.class)
class AccessMatrixTest {

    private static final int YEAR = 2016;

    enum Caller {
        ANONYMOUS, RESIDENT_SELF, RESIDENT_FOR_OTHER, STAFF, STAFF_OF_OTHER_COMMUNITY, DISTRICT_OFFICER, STATISTICS_READER, ADMIN
    }

    /** What a caller gets: allowed (neither 401 nor 403), 401, or 403 with a code. */
    record Expect(int status, String code) {
        boolean allowed() {
            return status == 0;
        }

        @Override
        public String toString() {
            return allowed() ? "allowed" : status + (code == null ? "" : " " + code);
        }
    }

    private static final Expect A = new Expect(0, null);
    private static final Expect U = new Expect(401, null);
    private static final Expect F = new Expect(403, "FORBIDDEN");
    private static final Expect O = new Expect(403, "OUTSIDE_YOUR_COMMUNITY");
    private static final Expect N = new Expect(403, "NOT_YOUR_RESIDENT");

    /** One row of the table, callers in the order of {@link Caller}. */
    private static Map<Caller, Expect> row(Expect anonymous, Expect residentSelf, Expect residentForOther, Expect staff,
                                           Expect staffOfOther, Expect officer, Expect statisticsReader, Expect admin) {
        Map<Caller, Expect> row = new EnumMap<>(Caller.class);
        Expect[] all = {anonymous, residentSelf, residentForOther, staff, staffOfOther, officer, statisticsReader, admin};
        for (Caller caller : Caller.values()) {
            row.put(caller, all[caller.ordinal()]);
        }
        return row;
    }

    //                                                            anon self other staff staff' officer stats admin
    /** The public catalogue. */
    private static final Map<Caller, Expect> PUBLIC = row(A, A, A, A, A, A, A, A);
    /** Creating communities: officers and admins. */
    private static final Map<Caller, Expect> OFFICERS = row(U, F, F, F, F, A, F, A);
    /** Everything about a community: its staff, officers, admins. */
    private static final Map<Caller, Expect> COMMUNITY = row(U, F, F, A, O, A, F, A);
    /** Providers belong to no community: any staff. */
    private static final Map<Caller, Expect> ANY_STAFF = row(U, F, F, A, A, A, F, A);
    /** A resident's records and enrolments: the resident (or guardian), the community's staff, officers, admins. */
    private static final Map<Caller, Expect> RESIDENT_OWNED = row(U, A, N, A, O, A, F, A);
    /** Self-service: role resident (and admins, who may do everything). */
    private static final Map<Caller, Expect> SELF_SERVICE = row(U, A, A, F, F, F, F, A);
    /** The teacher team: any signed-in person but district systems (the phone only to some, checked elsewhere). */
    private static final Map<Caller, Expect> SIGNED_IN = row(U, A, A, A, A, A, F, A);
    /** A lottery's draw, published so that anyone signed in (district systems too) can recompute it. */
    private static final Map<Caller, Expect> ANY_TOKEN = row(U, A, A, A, A, A, A, A);
    /** Statistics: statistics-reader, any staff, officers, admins. */
    private static final Map<Caller, Expect> STATISTICS = row(U, F, F, A, A, A, A, A);
    /** The audit trail: officers and admins only (staff neither, not even of the community). */
    private static final Map<Caller, Expect> AUDIT = row(U, F, F, F, F, A, F, A);

    /** The table: operation (method and path template, parameters as {}) → who may. */
    private static final Map<String, Map<Caller, Expect>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("POST /api/v1/communities", OFFICERS);
        TABLE.put("GET /api/v1/communities", PUBLIC);
        TABLE.put("GET /api/v1/communities/{}", PUBLIC);
        TABLE.put("PUT /api/v1/communities/{}/plans/{}", COMMUNITY);
        TABLE.put("GET /api/v1/communities/{}/plans/{}", PUBLIC);
        TABLE.put("GET /api/v1/communities/{}/plans", PUBLIC);
        TABLE.put("POST /api/v1/providers", ANY_STAFF);
        TABLE.put("GET /api/v1/providers", PUBLIC);
        TABLE.put("GET /api/v1/providers/{}", PUBLIC);
        TABLE.put("POST /api/v1/programmes", COMMUNITY);
        TABLE.put("GET /api/v1/programmes", PUBLIC);
        TABLE.put("GET /api/v1/programmes/{}", PUBLIC);
        TABLE.put("PUT /api/v1/programmes/{}", COMMUNITY);
        TABLE.put("POST /api/v1/programmes/{}/sessions", COMMUNITY);
        TABLE.put("GET /api/v1/programmes/{}/sessions", PUBLIC);
        TABLE.put("GET /api/v1/sessions/{}", PUBLIC);
        TABLE.put("PATCH /api/v1/sessions/{}", COMMUNITY);
        TABLE.put("POST /api/v1/residents", COMMUNITY);
        TABLE.put("GET /api/v1/residents", COMMUNITY);
        TABLE.put("GET /api/v1/residents/{}", RESIDENT_OWNED);
        TABLE.put("GET /api/v1/residents/{}/enrolments", RESIDENT_OWNED);
        // Erasing a resident: the resident's guardian (or the resident), the community's staff, officers, admins.
        TABLE.put("POST /api/v1/residents/{}/erasure", RESIDENT_OWNED);
        TABLE.put("POST /api/v1/enrolments", RESIDENT_OWNED);
        TABLE.put("GET /api/v1/enrolments", COMMUNITY);
        TABLE.put("GET /api/v1/enrolments/{}", RESIDENT_OWNED);
        TABLE.put("POST /api/v1/enrolments/{}/cancel", RESIDENT_OWNED);
        TABLE.put("POST /api/v1/enrolments/{}/complete", COMMUNITY);
        TABLE.put("POST /api/v1/enrolments/{}/accept", RESIDENT_OWNED);
        TABLE.put("POST /api/v1/enrolments/{}/decline", RESIDENT_OWNED);
        TABLE.put("POST /api/v1/draws", COMMUNITY);
        TABLE.put("GET /api/v1/draws/{}", ANY_TOKEN);
        TABLE.put("POST /api/v1/attendance", COMMUNITY);
        TABLE.put("GET /api/v1/attendance", COMMUNITY);
        TABLE.put("POST /api/v1/me", SELF_SERVICE);
        TABLE.put("GET /api/v1/me", SELF_SERVICE);
        TABLE.put("PUT /api/v1/me", SELF_SERVICE);
        TABLE.put("DELETE /api/v1/me", SELF_SERVICE);
        TABLE.put("GET /api/v1/me/data", SELF_SERVICE);
        TABLE.put("POST /api/v1/me/wards", SELF_SERVICE);
        TABLE.put("GET /api/v1/me/wards", SELF_SERVICE);
        TABLE.put("GET /api/v1/me/enrolments", SELF_SERVICE);
        TABLE.put("GET /api/v1/me/notifications", SELF_SERVICE);
        TABLE.put("POST /api/v1/me/notifications/{}/read", SELF_SERVICE);
        TABLE.put("GET /api/v1/me/notifications/stream", SELF_SERVICE);
        TABLE.put("POST /api/v1/teachers", COMMUNITY);
        TABLE.put("GET /api/v1/teachers", SIGNED_IN);
        TABLE.put("GET /api/v1/teachers/{}", SIGNED_IN);
        TABLE.put("PUT /api/v1/teachers/{}", COMMUNITY);
        TABLE.put("PUT /api/v1/sessions/{}/teachers", COMMUNITY);
        TABLE.put("POST /api/v1/communities/{}/staff-activities", COMMUNITY);
        TABLE.put("GET /api/v1/communities/{}/staff-activities", COMMUNITY);
        TABLE.put("GET /api/v1/communities/{}/staff-activities/{}", COMMUNITY);
        TABLE.put("PUT /api/v1/communities/{}/plans/{}/budget-lines", COMMUNITY);
        TABLE.put("POST /api/v1/communities/{}/plans/{}/expenditures", COMMUNITY);
        TABLE.put("GET /api/v1/communities/{}/plans/{}/expenditures", COMMUNITY);
        TABLE.put("GET /api/v1/communities/{}/plans/{}/expenditures/{}", COMMUNITY);
        TABLE.put("POST /api/v1/communities/{}/plans/{}/expenditures/{}/reversal", COMMUNITY);
        TABLE.put("GET /api/v1/statistics/communities/{}/years/{}", STATISTICS);
        TABLE.put("GET /api/v1/statistics/years/{}", STATISTICS);
        TABLE.put("GET /api/v1/audit", AUDIT);
    }

    /** The data the requests aim at. Resident A has an account (the resident caller); B is another resident. */
    private record Fixture(String code, String otherCode, String provider, String programme, String session,
                           String emptySession, String residentA, String residentB, String enrolmentA, String enrolmentB,
                           String userA, String staff, String staffOfOther, String teacher, String staffActivity,
                           String expenditure) {
    }

    /** {@code as}: the account that sends it instead of the caller's usual one (a fresh victim of an erasure), or null. */
    private record Call(String operation, Caller caller, String method, String path, Map<String, Object> query, Object body,
                        String as) {
        Call(String operation, Caller caller, String method, String path, Map<String, Object> query, Object body) {
            this(operation, caller, method, path, query, body, null);
        }

        @Override
        public String toString() {
            return caller + " " + method + " " + path + (query.isEmpty() ? "" : " " + query);
        }
    }

    private static Fixture f;
    private static List<String> operations;
    private static Map<String, Map<String, Object>> document;

    @BeforeAll
    static void setUp() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        document = new TreeMap<>();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (Set.of("get", "put", "post", "patch", "delete", "head", "options").contains(method)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> op = (Map<String, Object>) operation;
                document.put(method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}"), op);
            }
        }));
        operations = new ArrayList<>(document.keySet());
        // What the calls below send about residents (LogScanTest looks for it in the logs).
        PersonalDataUsed.resident("矩阵新居民", "13600000000");
        PersonalDataUsed.resident("重复登记", "13700000001");
        PersonalDataUsed.resident("欧阳甲", "13700000002");
        PersonalDataUsed.name("欧阳小甲");

        String code = Scenario.uniqueCode("access");
        String otherCode = Scenario.uniqueCode("access-other");
        Scenario.community(code, "权限矩阵社区");
        Scenario.community(otherCode, "另一个社区");
        Scenario.plan(code, YEAR, 100, 40, 1, "30000.00");
        String provider = Scenario.post(Scenario.asStaff(code), "/api/v1/providers", Map.of("name", "矩阵培训学校",
                "type", "TRAINING_INSTITUTION", "residentDiscountPercent", 10)).getString("id");
        String programme = Scenario.programme(code, YEAR, "权限测试书法班", "SELF_EDUCATION", true, null);
        String session = Scenario.session(programme, YEAR, 5, 10);
        String emptySession = Scenario.session(programme, YEAR, 5, 10);
        String userA = "resident.a." + code;
        Tokens.tokens().createResident(userA);
        String userB = "resident.b." + code;
        Tokens.tokens().createResident(userB);
        String residentA = registerMe(userA, code, "欧阳甲", "1980-01-01");
        String residentB = registerMe(userB, code, "司马乙", "1982-02-02");
        Scenario.awaitSessionKnown(session);
        Scenario.awaitSessionKnown(emptySession);
        String enrolmentA = Scenario.as(userA).contentType(ContentType.JSON)
                .body(Map.of("residentId", residentA, "sessionId", session)).post("/api/v1/enrolments")
                .then().statusCode(201).extract().path("id");
        String enrolmentB = Scenario.enrol(residentB, session, "CONFIRMED");
        Scenario.asStaff(code).contentType(ContentType.JSON).body(Map.of("sessionId", session, "date", YEAR + "-07-02",
                "presentResidentIds", List.of(residentA, residentB))).post("/api/v1/attendance").then().statusCode(201);
        String teacher = Scenario.post(Scenario.asStaff(code), "/api/v1/teachers", teacherBody(code, "矩阵老师")).getString("id");
        String staffActivity = Scenario.post(Scenario.asStaff(code), "/api/v1/communities/" + code + "/staff-activities",
                activityBody(teacher)).getString("id");
        String expenditure = Scenario.post(Scenario.asStaff(code), "/api/v1/communities/" + code + "/plans/" + YEAR
                + "/expenditures", expenditureBody()).getString("id");
        await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> {
            JsonPath statistics = Scenario.statistics(code, YEAR);
            assertEquals(Scenario.enrolments(2, 0, 0, 0), statistics.getMap("enrolments"));
            assertEquals(1, statistics.getInt("staff.regularMeetingsHeld"));
            assertEquals(10.0f, statistics.getFloat("funding.spent"));
        });
        f = new Fixture(code, otherCode, provider, programme, session, emptySession, residentA, residentB, enrolmentA,
                enrolmentB, userA, Scenario.staffOf(code), Scenario.staffOf(otherCode), teacher, staffActivity, expenditure);
    }

    /** The account registers itself through POST /api/v1/me (422 until enrolment-service knows the community). */
    static String registerMe(String username, String code, String name, String birthDate) {
        return registerMe(username, code, name, birthDate, "13700000000");
    }

    /** Likewise with a phone of the caller's choice (and group GENERAL). */
    static String registerMe(String username, String code, String name, String birthDate, String phone) {
        PersonalDataUsed.resident(name, phone);
        Map<String, Object> body = Map.of("name", name, "birthDate", birthDate, "communityCode", code,
                "groups", List.of("GENERAL"), "phone", phone);
        return await().atMost(Scenario.EVENT_DELIVERY).until(() -> Scenario.as(username).contentType(ContentType.JSON)
                        .body(body).post("/api/v1/me"), r -> r.statusCode() != 422)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void everyOperationOfTheDocumentRefusesWhomTheTableRefusesChangingNothingAndServesTheOthers() {
        Set<String> unknown = new TreeSet<>(operations);
        unknown.removeAll(TABLE.keySet());
        Set<String> stale = new TreeSet<>(TABLE.keySet());
        stale.removeAll(operations);
        assertTrue(unknown.isEmpty(), "operations of /q/openapi the access table does not know (deny by default "
                + "needs a rule for each): " + unknown);
        assertTrue(stale.isEmpty(), "operations of the table missing from /q/openapi: " + stale);

        List<Call> refused = new ArrayList<>();
        List<Call> allowed = new ArrayList<>();
        for (String operation : operations) {
            for (Caller caller : Caller.values()) {
                Call call = call(operation, caller);
                (TABLE.get(operation).get(caller).allowed() ? allowed : refused).add(call);
            }
        }

        Map<String, String> before = snapshot();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (Call call : refused) {
            check(call, failures);
        }
        System.out.printf("AccessMatrixTest: %d refused combinations in %d ms%n", refused.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        Map<String, String> after = snapshot();
        for (String resource : before.keySet()) {
            if (!before.get(resource).equals(after.get(resource))) {
                failures.add("refused requests changed " + resource + "\n  before: " + before.get(resource)
                        + "\n  after:  " + after.get(resource));
            }
        }
        // Nothing refused was published either: the statistics stay as they were while events would arrive.
        String statistics = statisticsPath();
        try {
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(
                    () -> Scenario.asAdmin().get(statistics).then().extract().asString(), before.get(statistics)::equals);
        } catch (ConditionTimeoutException changed) {
            failures.add("refused requests changed the statistics\n  before: " + before.get(statistics) + "\n  after:  "
                    + Scenario.asAdmin().get(statistics).then().extract().asString());
        }

        started = System.nanoTime();
        for (Call call : allowed) {
            check(call, failures);
        }
        System.out.printf("AccessMatrixTest: %d allowed combinations in %d ms; %d operations × %d callers%n", allowed.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), operations.size(), Caller.values().length);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + (refused.size() + allowed.size()) + " combinations not as API.md says:\n"
                    + String.join("\n", failures));
        }
    }

    @Test
    void theDocumentMarksExactlyTheProtectedOperationsAndNamesTheRolesTheTableAllows() {
        List<String> disagreements = new ArrayList<>();
        Map<String, Caller> roles = new LinkedHashMap<>();
        roles.put("resident", Caller.RESIDENT_SELF);
        roles.put("community-staff", Caller.STAFF);
        roles.put("district-officer", Caller.DISTRICT_OFFICER);
        roles.put("statistics-reader", Caller.STATISTICS_READER);
        roles.put("admin", Caller.ADMIN);
        for (String operation : operations) {
            Map<Caller, Expect> rule = TABLE.get(operation);
            if (rule == null) {
                continue; // the other test reports it
            }
            Map<String, Object> op = document.get(operation);
            boolean isPublic = rule.get(Caller.ANONYMOUS).allowed();
            Object security = op.get("security");
            boolean secured = security instanceof List<?> list && !list.isEmpty();
            if (isPublic == secured) {
                disagreements.add(operation + ": " + (isPublic ? "public but carries security " + security
                        : "protected but carries no security"));
            }
            if (!isPublic) {
                Set<String> expected = new TreeSet<>();
                roles.forEach((role, caller) -> {
                    if (rule.get(caller).allowed()) {
                        expected.add(role);
                    }
                });
                Object xRoles = op.get("x-roles");
                Set<String> documented = xRoles instanceof List<?> list
                        ? new TreeSet<>(list.stream().map(String::valueOf).toList()) : Set.of();
                if (!expected.equals(documented)) {
                    disagreements.add(operation + ": x-roles " + documented + ", the table allows " + expected);
                }
            }
        }
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
    }

    // ----------------------------------------------------------------------------------------------

    private static void check(Call call, List<String> failures) {
        Expect expect = TABLE.get(call.operation()).get(call.caller());
        if (expect.allowed() && call.path().endsWith("/stream")) {
            checkStreamOpens(call, failures); // a stream that is allowed never ends: its answer's head is enough
            return;
        }
        Response response = send(call);
        int status = response.statusCode();
        String body = response.asString();
        String what = call + " -> " + status + " (expected " + expect + "): " + abbreviate(body);
        if (expect.allowed()) {
            if (status == 401 || status == 403 || status >= 500) {
                failures.add(what);
            }
            return;
        }
        if (status != expect.status()) {
            failures.add(what);
            return;
        }
        String type = response.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            failures.add(what + " [not problem+json: " + type + "]");
            return;
        }
        if (status == 401) {
            String challenge = response.header("WWW-Authenticate");
            if (challenge == null || !challenge.startsWith("Bearer")) {
                failures.add(what + " [WWW-Authenticate: " + challenge + "]");
            }
        } else if (!expect.code().equals(response.jsonPath().getString("code"))) {
            failures.add(what + " [code " + response.jsonPath().getString("code") + "]");
        }
    }

    /** Opens an event stream as the caller and closes it once the head of the answer is known. */
    private static void checkStreamOpens(Call call, List<String> failures) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + call.path()))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(10)).GET();
        String token = switch (call.caller()) {
            case RESIDENT_SELF, RESIDENT_FOR_OTHER -> Tokens.of(f.userA());
            case ADMIN -> Tokens.of(Tokens.ADMIN);
            default -> throw new IllegalStateException("no stream for " + call.caller());
        };
        request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            String type = response.headers().firstValue("Content-Type").orElse("");
            // Allowed as everywhere here: neither 401 nor 403 (an admin without a resident record gets 404);
            // the resident's own inbox must open as an event stream.
            int status = response.statusCode();
            boolean refused = status == 401 || status == 403 || status >= 500;
            boolean notAStream = call.caller() == Caller.RESIDENT_SELF && (status != 200 || !type.startsWith("text/event-stream"));
            if (refused || notAStream) {
                failures.add(call + " -> " + status + " " + type + " (expected an open event stream)");
            }
        } catch (IOException e) {
            failures.add(call + " -> no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response send(Call call) {
        RequestSpecification request = call.as() != null ? Scenario.as(call.as()) : switch (call.caller()) {
            case ANONYMOUS -> given();
            case RESIDENT_SELF, RESIDENT_FOR_OTHER -> Scenario.as(f.userA());
            case STAFF -> Scenario.as(f.staff());
            case STAFF_OF_OTHER_COMMUNITY -> Scenario.as(f.staffOfOther());
            case DISTRICT_OFFICER -> Scenario.asOfficer();
            case STATISTICS_READER -> Scenario.asDistrictSystem();
            case ADMIN -> Scenario.asAdmin();
        };
        request.queryParams(call.query());
        if (call.body() != null) {
            request.contentType(ContentType.JSON).body(call.body());
        }
        return request.request(call.method(), call.path());
    }

    /** The concrete request of an operation for a caller: path parameters and bodies from the fixture. */
    private static Call call(String operation, Caller caller) {
        boolean forOther = caller == Caller.RESIDENT_FOR_OTHER;
        String resident = forOther ? f.residentB() : f.residentA();
        String enrolment = forOther ? f.enrolmentB() : f.enrolmentA();
        String method = operation.substring(0, operation.indexOf(' '));
        Map<String, Object> query = new HashMap<>();
        Object body = null;
        // Erasures destroy what they aim at: each allowed one gets a victim of its own, made now (before the snapshot).
        boolean allowed = TABLE.get(operation).get(caller).allowed();
        String as = null;
        String path = switch (operation) {
            case "POST /api/v1/communities" -> {
                body = Map.of("code", Scenario.uniqueCode("matrix"), "name", "矩阵新社区", "district", "清河区");
                yield "/api/v1/communities";
            }
            case "GET /api/v1/communities" -> "/api/v1/communities";
            case "GET /api/v1/communities/{}" -> "/api/v1/communities/" + f.code();
            case "PUT /api/v1/communities/{}/plans/{}" -> {
                body = Map.of("residentPopulation", 999, "participationTargetPercent", 77, "featuredProgrammeTarget", 5,
                        "budget", 1.00);
                yield "/api/v1/communities/" + f.code() + "/plans/" + YEAR;
            }
            case "GET /api/v1/communities/{}/plans/{}" -> "/api/v1/communities/" + f.code() + "/plans/" + YEAR;
            case "GET /api/v1/communities/{}/plans" -> "/api/v1/communities/" + f.code() + "/plans";
            case "POST /api/v1/providers" -> {
                body = Map.of("name", "矩阵新机构", "type", "OTHER", "residentDiscountPercent", 0);
                yield "/api/v1/providers";
            }
            case "GET /api/v1/providers" -> "/api/v1/providers";
            case "GET /api/v1/providers/{}" -> "/api/v1/providers/" + f.provider();
            case "POST /api/v1/programmes" -> {
                body = programmeBody("矩阵新课程");
                yield "/api/v1/programmes";
            }
            case "GET /api/v1/programmes" -> {
                query.put("community", f.code());
                yield "/api/v1/programmes";
            }
            case "GET /api/v1/programmes/{}" -> "/api/v1/programmes/" + f.programme();
            case "PUT /api/v1/programmes/{}" -> {
                body = programmeBody("改过的标题");
                yield "/api/v1/programmes/" + f.programme();
            }
            case "POST /api/v1/programmes/{}/sessions" -> {
                body = Map.of("title", "矩阵新一期", "startDate", YEAR + "-09-01", "endDate", YEAR + "-09-30",
                        "venue", "活动室", "capacity", 3, "hours", 2);
                yield "/api/v1/programmes/" + f.programme() + "/sessions";
            }
            case "GET /api/v1/programmes/{}/sessions" -> "/api/v1/programmes/" + f.programme() + "/sessions";
            case "GET /api/v1/sessions/{}" -> "/api/v1/sessions/" + f.session();
            case "PATCH /api/v1/sessions/{}" -> {
                body = Map.of("capacity", 6);
                yield "/api/v1/sessions/" + f.session();
            }
            case "POST /api/v1/residents" -> {
                Map<String, Object> resident0 = new HashMap<>(Map.of("name", "矩阵新居民", "birthDate", "1990-01-01",
                        "communityCode", f.code(), "groups", List.of("GENERAL"), "phone", "13600000000"));
                resident0.put("guardianId", null);
                body = resident0;
                yield "/api/v1/residents";
            }
            case "GET /api/v1/residents" -> {
                query.put("community", f.code());
                yield "/api/v1/residents";
            }
            case "GET /api/v1/residents/{}" -> "/api/v1/residents/" + resident;
            case "GET /api/v1/residents/{}/enrolments" -> "/api/v1/residents/" + resident + "/enrolments";
            case "POST /api/v1/residents/{}/erasure" -> {
                String victim = resident;
                if (allowed) {
                    // Resident A erases a ward of hers (made for this call); the others a resident of the community.
                    victim = caller == Caller.RESIDENT_SELF ? wardOfA() : Scenario.resident(f.code(), "矩阵待删居民", "1991-01-01");
                }
                yield "/api/v1/residents/" + victim + "/erasure";
            }
            case "POST /api/v1/enrolments" -> {
                body = Map.of("residentId", resident, "sessionId", f.emptySession());
                yield "/api/v1/enrolments";
            }
            case "GET /api/v1/enrolments" -> {
                query.put("sessionId", f.session());
                yield "/api/v1/enrolments";
            }
            case "GET /api/v1/enrolments/{}" -> "/api/v1/enrolments/" + enrolment;
            case "POST /api/v1/enrolments/{}/cancel" -> "/api/v1/enrolments/" + enrolment + "/cancel";
            case "POST /api/v1/enrolments/{}/complete" -> "/api/v1/enrolments/" + f.enrolmentB() + "/complete";
            // Nothing is offered in the fixture: an allowed caller gets 409 NOT_OFFERED, and nothing changes.
            case "POST /api/v1/enrolments/{}/accept" -> "/api/v1/enrolments/" + enrolment + "/accept";
            case "POST /api/v1/enrolments/{}/decline" -> "/api/v1/enrolments/" + enrolment + "/decline";
            // A first-come session: an allowed caller gets 422 NOT_A_LOTTERY.
            case "POST /api/v1/draws" -> {
                body = Map.of("sessionId", f.session());
                yield "/api/v1/draws";
            }
            // No draw for it: an allowed caller gets 404.
            case "GET /api/v1/draws/{}" -> "/api/v1/draws/" + f.session();
            case "POST /api/v1/attendance" -> {
                body = Map.of("sessionId", f.session(), "date", YEAR + "-07-02", "presentResidentIds", List.of(f.residentB()));
                yield "/api/v1/attendance";
            }
            case "GET /api/v1/attendance" -> {
                query.put("sessionId", f.session());
                yield "/api/v1/attendance";
            }
            case "POST /api/v1/me" -> {
                body = Map.of("name", "重复登记", "birthDate", "1980-01-01", "communityCode", f.code(),
                        "groups", List.of("GENERAL"), "phone", "13700000001");
                yield "/api/v1/me";
            }
            case "GET /api/v1/me", "GET /api/v1/me/wards", "GET /api/v1/me/enrolments", "GET /api/v1/me/data" ->
                    operation.substring(4);
            case "DELETE /api/v1/me" -> {
                // A resident caller erases a registered account of its own, made for this call (an admin has no record: 404).
                if (allowed && (caller == Caller.RESIDENT_SELF || caller == Caller.RESIDENT_FOR_OTHER)) {
                    as = "resident.erased." + UUID.randomUUID().toString().substring(0, 8) + "." + f.code();
                    Tokens.tokens().createResident(as);
                    registerMe(as, f.code(), "矩阵自删居民", "1985-05-05");
                }
                yield "/api/v1/me";
            }
            case "GET /api/v1/me/notifications" -> {
                query.put("unread", "true");
                yield "/api/v1/me/notifications";
            }
            // Nobody's: the 404 of an allowed caller counts as allowed.
            case "POST /api/v1/me/notifications/{}/read" -> "/api/v1/me/notifications/" + UUID.randomUUID() + "/read";
            case "GET /api/v1/me/notifications/stream" -> "/api/v1/me/notifications/stream";
            case "PUT /api/v1/me" -> {
                body = Map.of("name", "欧阳甲", "phone", "13700000002", "groups", List.of("GENERAL"));
                yield "/api/v1/me";
            }
            case "POST /api/v1/me/wards" -> {
                body = Map.of("name", "欧阳小甲", "birthDate", (YEAR + 0) + "-05-05", "groups", List.of("INFANT"),
                        "guardianConsent", true);
                yield "/api/v1/me/wards";
            }
            case "POST /api/v1/teachers" -> {
                body = teacherBody(f.code(), "矩阵新老师");
                yield "/api/v1/teachers";
            }
            case "GET /api/v1/teachers" -> {
                query.put("community", f.code());
                yield "/api/v1/teachers";
            }
            case "GET /api/v1/teachers/{}" -> "/api/v1/teachers/" + f.teacher();
            case "PUT /api/v1/teachers/{}" -> {
                body = teacherBody(f.code(), "矩阵老师（改）");
                yield "/api/v1/teachers/" + f.teacher();
            }
            case "PUT /api/v1/sessions/{}/teachers" -> {
                body = Map.of("teacherIds", List.of(f.teacher()));
                yield "/api/v1/sessions/" + f.session() + "/teachers";
            }
            case "POST /api/v1/communities/{}/staff-activities" -> {
                body = activityBody(f.teacher());
                yield "/api/v1/communities/" + f.code() + "/staff-activities";
            }
            case "GET /api/v1/communities/{}/staff-activities" -> "/api/v1/communities/" + f.code() + "/staff-activities";
            case "GET /api/v1/communities/{}/staff-activities/{}" ->
                    "/api/v1/communities/" + f.code() + "/staff-activities/" + f.staffActivity();
            case "PUT /api/v1/communities/{}/plans/{}/budget-lines" -> {
                body = Map.of("lines", List.of(Map.of("category", "TEACHING", "amount", 20000), Map.of("category", "OTHER",
                        "amount", 10000)));
                yield planPath() + "/budget-lines";
            }
            case "POST /api/v1/communities/{}/plans/{}/expenditures" -> {
                body = expenditureBody();
                yield planPath() + "/expenditures";
            }
            case "GET /api/v1/communities/{}/plans/{}/expenditures" -> planPath() + "/expenditures";
            case "GET /api/v1/communities/{}/plans/{}/expenditures/{}" -> planPath() + "/expenditures/" + f.expenditure();
            case "POST /api/v1/communities/{}/plans/{}/expenditures/{}/reversal" -> {
                body = Map.of("reason", "矩阵冲销");
                yield planPath() + "/expenditures/" + f.expenditure() + "/reversal";
            }
            case "GET /api/v1/statistics/communities/{}/years/{}" -> statisticsPath();
            case "GET /api/v1/statistics/years/{}" -> "/api/v1/statistics/years/" + YEAR;
            case "GET /api/v1/audit" -> {
                query.put("resourceType", "resident");
                query.put("resourceId", f.residentA());
                yield "/api/v1/audit";
            }
            default -> throw new IllegalStateException("no request for " + operation);
        };
        return new Call(operation, caller, method, path, query, body, as);
    }

    /** A new ward of resident A (guardian A), for one erasure. */
    private static String wardOfA() {
        return Scenario.as(f.userA()).contentType(ContentType.JSON).body(Map.of("name", PersonalDataUsed.name("欧阳待删"),
                        "birthDate", (YEAR + 0) + "-06-06", "groups", List.of("INFANT"), "guardianConsent", true))
                .post("/api/v1/me/wards").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> programmeBody(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("communityCode", f.code());
        body.put("year", YEAR);
        body.put("title", title);
        body.put("strand", "SELF_EDUCATION");
        body.put("targetGroups", List.of("GENERAL"));
        body.put("providerId", null);
        body.put("featured", true);
        body.put("certificateName", null);
        body.put("fee", 0);
        return body;
    }

    private static Map<String, Object> teacherBody(String code, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("communityCode", code);
        body.put("kind", "VOLUNTEER");
        body.put("providerId", null);
        body.put("subjects", List.of("书法"));
        body.put("qualifications", List.of());
        body.put("phone", "13500000000");
        return body;
    }

    private static Map<String, Object> activityBody(String teacher) {
        return Map.of("date", YEAR + "-03-03", "kind", "REGULAR_MEETING", "title", "矩阵例会", "attendeeTeacherIds",
                List.of(teacher), "minutes", "无");
    }

    private static Map<String, Object> expenditureBody() {
        return Map.of("date", YEAR + "-03-03", "category", "MATERIALS", "amount", 10, "payee", "矩阵文具店",
                "description", "教材");
    }

    private static String planPath() {
        return "/api/v1/communities/" + f.code() + "/plans/" + YEAR;
    }

    private static String statisticsPath() {
        return "/api/v1/statistics/communities/" + f.code() + "/years/" + YEAR;
    }

    /** Everything the refused requests aim at, read as admin (and as resident A for what only A sees). */
    private static Map<String, String> snapshot() {
        List<String> paths = List.of(
                "/api/v1/communities?size=100",
                "/api/v1/communities/" + f.code(),
                "/api/v1/communities/" + f.code() + "/plans",
                "/api/v1/communities/" + f.code() + "/plans/" + YEAR,
                "/api/v1/providers?size=1",
                "/api/v1/programmes?size=100&community=" + f.code(),
                "/api/v1/programmes/" + f.programme(),
                "/api/v1/programmes/" + f.programme() + "/sessions",
                "/api/v1/sessions/" + f.session(),
                "/api/v1/sessions/" + f.emptySession(),
                "/api/v1/residents?size=100&community=" + f.code(),
                "/api/v1/residents/" + f.residentA(),
                "/api/v1/residents/" + f.residentB(),
                "/api/v1/residents/" + f.residentA() + "/enrolments",
                "/api/v1/residents/" + f.residentB() + "/enrolments",
                "/api/v1/enrolments?size=100&sessionId=" + f.session(),
                "/api/v1/enrolments?size=100&sessionId=" + f.emptySession(),
                "/api/v1/enrolments/" + f.enrolmentA(),
                "/api/v1/enrolments/" + f.enrolmentB(),
                "/api/v1/attendance?sessionId=" + f.session(),
                "/api/v1/teachers?size=100&community=" + f.code(),
                "/api/v1/teachers/" + f.teacher(),
                "/api/v1/communities/" + f.code() + "/staff-activities?size=100",
                planPath() + "/expenditures?size=100",
                planPath() + "/expenditures/" + f.expenditure(),
                statisticsPath(),
                "/api/v1/statistics/years/" + YEAR);
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (String path : paths) {
            Response response = Scenario.asAdmin().get(path);
            assertEquals(200, response.statusCode(), "admin reads " + path + ": " + response.asString());
            snapshot.put(path, response.asString());
        }
        // What only the resident's own view shows (wards, self-service enrolments).
        snapshot.put("GET /api/v1/me as A", Scenario.as(f.userA()).get("/api/v1/me").then().statusCode(200).extract().asString());
        snapshot.put("GET /api/v1/me/enrolments as A",
                Scenario.as(f.userA()).get("/api/v1/me/enrolments").then().statusCode(200).extract().asString());
        return snapshot;
    }

    private static String abbreviate(String text) {
        return text.length() <= 240 ? text : text.substring(0, 240) + "…";
    }
}
