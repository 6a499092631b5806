package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A generated set of bad requests against every write endpoint of API.md (and the query and path
 * parameters of the read endpoints), sent through the gateway as raw HTTP so that nothing is
 * cleaned up on the way: every field of every body gets null, wrong types, empty and 10k strings,
 * negative and huge numbers, SQL injection, lone surrogates, NUL, RTL overrides, emoji, impossible
 * dates; every body comes malformed, as an array, with the wrong Content-Type, several MB big.
 * No answer may be a 5xx or take longer than {@link #ANSWER_WITHIN}; every 4xx is problem+json;
 * a refused request stores nothing and publishes nothing.
 */
@ExtendWith(SuiteExtension.class)
class BadInputTest {

    private static final int YEAR = 2015;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> STRANDS = List.of("YOUTH_DEVELOPMENT", "JOB_CAPABILITY", "RESIDENT_TRAINING", "SELF_EDUCATION");
    private static final List<String> STATUSES = List.of("CONFIRMED", "WAITLISTED", "CANCELLED", "COMPLETED",
            "APPLIED", "OFFERED", "DECLINED", "EXPIRED");

    /**
     * One request: which endpoint it exercises, what is wrong with it, and the raw bytes to send.
     * {@code watch}: a resource the request would change, read again after a refusal to see it did not.
     */
    private record Case(String endpoint, String label, String method, String target, Map<String, String> headers,
                        byte[] body, String watch) {
    }

    private record Result(Case c, Answer answer, IOException failure) {
    }

    private record Answer(int status, Map<String, String> headers, String body, Duration took) {
    }

    /** A value of a JSON field, as the raw bytes put on the wire (so invalid UTF-8 and lone surrogates survive). */
    private record Value(String label, byte[] json) {
        static Value of(String label, String json) {
            return new Value(label, json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The entities the refused requests aim at. */
    private record Fixture(String code, String provider, String programme, String session, String resident,
                           String otherResident, String enrolment, String teacher, String editedTeacher, String expenditure) {
    }

    private final AtomicInteger serial = new AtomicInteger();
    private String host;
    private int port;

    @Test
    void malformedOversizedWrongTypeInjectionAndUnicodeEdgeRequestsAreRefusedCleanlyAndChangeNothing(RunningSuite suite) {
        sendBadRequestsThrough(suite.gateway());
    }

    void sendBadRequestsThrough(URI gateway) {
        host = gateway.getHost();
        port = gateway.getPort();
        Fixture f = setUp();
        Map<String, Long> totalsBefore = totals(f);
        String enrolmentBefore = Scenario.asOfficer().get("/api/v1/enrolments/" + f.enrolment()).then().statusCode(200).extract().asString();

        List<Case> cases = new ArrayList<>();
        cases.addAll(bodyCases(f));
        cases.addAll(pathCases(f));
        cases.addAll(queryCases(f));

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> created = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        // Requests that would change a watched resource go one after another, each followed by a look
        // at that resource; each watched resource has its own line, and everything else goes in parallel
        // (its effect is counted at the end).
        List<Callable<List<Result>>> work = new ArrayList<>();
        cases.stream().filter(c -> c.watch() == null && !heavy(c)).forEach(c -> work.add(() -> List.of(sendOne(c))));
        cases.stream().filter(c -> c.watch() != null && !heavy(c))
                .collect(Collectors.groupingBy(Case::watch, LinkedHashMap::new, Collectors.toList()))
                .forEach((resource, line) -> work.add(() -> sendWatching(resource, line, failures)));
        // Bodies of megabytes first, one at a time, so that none of them waits behind the others.
        List<Result> results = new ArrayList<>();
        cases.stream().filter(BadInputTest::heavy).forEach(c -> results.addAll(c.watch() == null
                ? List.of(sendOne(c)) : sendWatching(c.watch(), List.of(c), failures)));
        results.addAll(sendConcurrently(work));
        long slowest = 0;
        for (Result result : results) {
            Case c = result.c();
            if (result.failure() != null) {
                failures.add(describe(c) + " -> no answer: " + result.failure());
                continue;
            }
            Answer answer = result.answer();
            slowest = Math.max(slowest, answer.took().toMillis());
            statuses.merge(answer.status() / 100 + "xx", 1, Integer::sum);
            String problem = check(c, answer);
            if (problem != null) {
                failures.add(describe(c) + " -> " + problem);
            }
            if (answer.status() == 201) {
                created.merge(c.endpoint(), 1, Integer::sum);
            }
        }
        System.out.printf("BadInputTest: %d requests in %d s, %s, slowest %d ms, created %s%n", cases.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), statuses, slowest, created);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " bad requests were not refused cleanly:\n"
                    + String.join("\n", failures));
        }

        // Nothing refused was stored: every list grew by exactly what was accepted (201), and no more.
        Map<String, Long> totalsAfter = totals(f);
        Map<String, Long> expected = new TreeMap<>();
        totalsBefore.forEach((list, total) -> expected.put(list, total + created.getOrDefault(list, 0)));
        assertEquals(expected, new TreeMap<>(totalsAfter), "list totals = before + accepted; accepted: " + created);
        assertEquals(enrolmentBefore, Scenario.asOfficer().get("/api/v1/enrolments/" + f.enrolment()).asString(),
                "the enrolment that only bad cancel/complete/accept/decline requests aimed at is unchanged");

        // Nothing refused was published: the statistics, built only from events, agree with what is stored.
        await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> assertStatisticsMatchWhatIsStored(f));
    }

    // ----------------------------------------------------------------------------------------------
    // The fixture and what is stored
    // ----------------------------------------------------------------------------------------------

    private Fixture setUp() {
        String code = Scenario.uniqueCode("bad-input");
        Scenario.community(code, "坏输入测试社区");
        Scenario.plan(code, YEAR, 20, 50, 1, "50000.00");
        String provider = Scenario.post(Scenario.asStaff(code), "/api/v1/providers", Map.of("name", "区社区学院", "type", "COMMUNITY_COLLEGE",
                "residentDiscountPercent", 10)).getString("id");
        String programme = Scenario.asStaff(code).contentType(ContentType.JSON).body(json(programmeBody(code, provider)))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String session = Scenario.asStaff(code).contentType(ContentType.JSON).body(json(sessionBody()))
                .post("/api/v1/programmes/" + programme + "/sessions").then().statusCode(201).extract().path("id");
        Scenario.sessionOf(session, code);
        PersonalDataUsed.name("测试居民"); // the resident of the POST residents cases
        String resident = Scenario.resident(code, "上官测试", "1980-01-01");
        String otherResident = Scenario.resident(code, "诸葛测试", "1985-01-01");
        Scenario.awaitSessionKnown(session);
        String enrolment = Scenario.enrol(resident, session, "CONFIRMED");
        Scenario.asStaff(code).contentType(ContentType.JSON).body(json(attendanceBody(session, resident)))
                .post("/api/v1/attendance").then().statusCode(201);
        String teacher = Scenario.asStaff(code).contentType(ContentType.JSON).body(json(teacherBody(code, null)))
                .post("/api/v1/teachers").then().statusCode(201).extract().path("id");
        // Edited by the PUT cases; not on the session, whose body would otherwise change with its name.
        String editedTeacher = Scenario.asStaff(code).contentType(ContentType.JSON).body(json(teacherBody(code, null)))
                .post("/api/v1/teachers").then().statusCode(201).extract().path("id");
        String expenditure = Scenario.asStaff(code).contentType(ContentType.JSON).body(json(expenditureBody()))
                .post(planPath(code) + "/expenditures").then().statusCode(201).extract().path("id");
        await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> {
            JsonPath statistics = Scenario.statistics(code, YEAR);
            assertEquals(Scenario.enrolments(1, 0, 0, 0), statistics.getMap("enrolments"));
            assertEquals(10.0f, statistics.getFloat("funding.spent"));
        });
        return new Fixture(code, provider, programme, session, resident, otherResident, enrolment, teacher, editedTeacher, expenditure);
    }

    /**
     * Each list a refused request might have added to, by the endpoint that adds to it. (Attendance
     * replaces a date's record rather than adding one; its requests are watched one by one instead.)
     */
    private static Map<String, Long> totals(Fixture f) {
        Map<String, Long> totals = new TreeMap<>();
        totals.put("POST communities", total("/api/v1/communities"));
        totals.put("POST providers", total("/api/v1/providers"));
        totals.put("POST programmes", total("/api/v1/programmes"));
        totals.put("POST sessions", total("/api/v1/programmes/" + f.programme() + "/sessions"));
        totals.put("PUT plan", total("/api/v1/communities/" + f.code() + "/plans"));
        totals.put("POST residents", total("/api/v1/residents"));
        totals.put("POST enrolments", total("/api/v1/enrolments?sessionId=" + f.session()));
        totals.put("POST teachers", total("/api/v1/teachers")); // all communities: a case may name one it created
        totals.put("POST staff-activities", total("/api/v1/communities/" + f.code() + "/staff-activities"));
        totals.put("POST expenditures", total(planPath(f.code()) + "/expenditures"));
        return totals;
    }

    private static long total(String path) {
        return Scenario.asOfficer().get(path).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static String read(String path) {
        return Scenario.asOfficer().get(path).then().statusCode(200).extract().asString();
    }

    /** Every number of the community's year, recounted from the services that own the data. */
    private static void assertStatisticsMatchWhatIsStored(Fixture f) {
        JsonPath stats = Scenario.statistics(f.code(), YEAR);
        JsonPath plan = Scenario.asOfficer().get("/api/v1/communities/" + f.code() + "/plans/" + YEAR).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(plan.getInt("residentPopulation"), stats.getInt("residentPopulation"));
        assertEquals(plan.getInt("participationTargetPercent"), stats.getInt("participationTargetPercent"));
        assertEquals(plan.getInt("featuredProgrammeTarget"), stats.getInt("featuredProgrammeTarget"));
        assertEquals(plan.getString("budget"), stats.getString("budget"));

        Map<String, Integer> programmes = new HashMap<>();
        Map<String, Integer> sessions = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonPath list = Scenario.asOfficer().queryParam("community", f.code()).queryParam("year", YEAR)
                    .queryParam("size", 100).queryParam("page", page).get("/api/v1/programmes")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = list.getList("items");
            for (Map<String, Object> programme : items) {
                String strand = (String) programme.get("strand");
                programmes.merge(strand, 1, Integer::sum);
                sessions.merge(strand, (int) total("/api/v1/programmes/" + programme.get("id") + "/sessions"), Integer::sum);
            }
            if (items.size() < 100) {
                break;
            }
        }
        Map<String, Integer> roster = new HashMap<>();
        for (String status : STATUSES) {
            roster.put(status.toLowerCase(Locale.ROOT),
                    (int) total("/api/v1/enrolments?sessionId=" + f.session() + "&status=" + status));
        }
        assertEquals(roster, stats.getMap("enrolments"));
        int places = roster.get("confirmed") + roster.get("completed");
        assertEquals(places, stats.getInt("participants"), "one session: every place is a distinct participant");
        assertEquals(total("/api/v1/programmes?featured=true&status=ACTIVE&community=" + f.code() + "&year=" + YEAR),
                stats.getLong("featuredProgrammes"));
        for (int i = 0; i < STRANDS.size(); i++) {
            String strand = STRANDS.get(i);
            assertEquals(strand, stats.getString("byStrand[" + i + "].strand"));
            assertEquals(programmes.getOrDefault(strand, 0), stats.getInt("byStrand[" + i + "].programmes"), strand);
            assertEquals(sessions.getOrDefault(strand, 0), stats.getInt("byStrand[" + i + "].sessions"), strand);
        }
        assertEquals(places, stats.getInt("byStrand[3].enrolments"));

        for (String kind : List.of("STAFF", "VOLUNTEER", "INVITED", "PROVIDER_STAFF")) {
            assertEquals(total("/api/v1/teachers?community=" + f.code() + "&kind=" + kind), stats.getLong("staff.teachers." + kind), kind);
        }
        long meetings = 0;
        long development = 0;
        for (int page = 0; ; page++) {
            List<String> kinds = Scenario.asOfficer().queryParam("year", YEAR).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/communities/" + f.code() + "/staff-activities").then().statusCode(200).extract().jsonPath()
                    .getList("items.kind");
            meetings += kinds.stream().filter("REGULAR_MEETING"::equals).count();
            development += kinds.stream().filter(kind -> !"REGULAR_MEETING".equals(kind)).count();
            if (kinds.size() < 100) {
                break;
            }
        }
        assertEquals(meetings, stats.getLong("staff.regularMeetingsHeld"));
        assertEquals(development, stats.getLong("staff.developmentActivities"));
        JsonPath ledger = Scenario.asOfficer().get(planPath(f.code()) + "/expenditures").then().statusCode(200).extract().jsonPath();
        assertEquals(ledger.getString("totals.spent"), stats.getString("funding.spent"));
        assertEquals(plan.getString("budget"), stats.getString("funding.budget"));
    }

    private static String planPath(String code) {
        return "/api/v1/communities/" + code + "/plans/" + YEAR;
    }

    // ----------------------------------------------------------------------------------------------
    // Valid bodies, one per write endpoint; each case spoils exactly one thing
    // ----------------------------------------------------------------------------------------------

    private Map<String, Supplier<byte[]>> communityBody() {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        String prefix = "bi-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        body.put("code", () -> str(prefix + serial.incrementAndGet()));
        body.put("name", fixed(str("坏输入新社区")));
        body.put("district", fixed(str("清河区")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> planBody() {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("residentPopulation", fixed(raw("20")));
        body.put("participationTargetPercent", fixed(raw("50")));
        body.put("featuredProgrammeTarget", fixed(raw("1")));
        body.put("budget", fixed(raw("50000.00")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> providerBody() {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("name", fixed(str("民办培训学校")));
        body.put("type", fixed(str("TRAINING_INSTITUTION")));
        body.put("residentDiscountPercent", fixed(raw("15")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> programmeBody(String code, String provider) {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("communityCode", fixed(str(code)));
        body.put("year", fixed(raw(String.valueOf(YEAR))));
        body.put("title", fixed(str("老年书法班")));
        body.put("description", fixed(str("每周二上午在社区活动室")));
        body.put("strand", fixed(str("SELF_EDUCATION")));
        body.put("targetGroups", fixed(raw("[\"GENERAL\"]")));
        body.put("minAge", fixed(raw("18")));
        body.put("maxAge", fixed(raw("90")));
        body.put("providerId", fixed(str(provider)));
        body.put("featured", fixed(raw("false")));
        body.put("certificateName", fixed(raw("null")));
        body.put("fee", fixed(raw("0.00")));
        body.put("status", fixed(str("ACTIVE")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> sessionBody() {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("title", fixed(str("第一期")));
        body.put("startDate", fixed(str(YEAR + "-07-01")));
        body.put("endDate", fixed(str(YEAR + "-08-31")));
        body.put("venue", fixed(str("社区活动室")));
        body.put("capacity", fixed(raw("5")));
        body.put("hours", fixed(raw("6")));
        body.put("enrolmentOpensAt", fixed(raw("null")));
        body.put("enrolmentClosesAt", fixed(raw("null")));
        body.put("allocation", fixed(str("FIRST_COME")));
        body.put("offerHours", fixed(raw("null")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> residentBody(String code) {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("name", fixed(str("测试居民")));
        body.put("birthDate", fixed(str("1990-09-09")));
        body.put("communityCode", fixed(str(code)));
        body.put("groups", fixed(raw("[\"GENERAL\"]")));
        body.put("phone", fixed(str("13900000000")));
        body.put("guardianId", fixed(raw("null")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> drawBody(String session) {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("sessionId", fixed(str(session)));
        return body;
    }

    private static Map<String, Supplier<byte[]>> enrolmentBody(String resident, String session) {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("residentId", fixed(str(resident)));
        body.put("sessionId", fixed(str(session)));
        return body;
    }

    private static Map<String, Supplier<byte[]>> attendanceBody(String session, String resident) {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("sessionId", fixed(str(session)));
        body.put("date", fixed(str(YEAR + "-07-02")));
        body.put("presentResidentIds", fixed(raw("[" + new String(str(resident), StandardCharsets.UTF_8) + "]")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> teacherBody(String code, String provider) {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("name", fixed(str("坏输入老师")));
        body.put("communityCode", fixed(str(code)));
        body.put("kind", fixed(str("INVITED")));
        body.put("providerId", fixed(provider == null ? raw("null") : str(provider)));
        body.put("subjects", fixed(raw("[\"书法\"]")));
        body.put("qualifications", fixed(raw("[\"讲师\"]")));
        body.put("phone", fixed(str("13900000000")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> sessionTeachersBody(String teacher) {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("teacherIds", fixed(raw("[" + new String(str(teacher), StandardCharsets.UTF_8) + "]")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> staffActivityBody(String teacher) {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("date", fixed(str(YEAR + "-03-05")));
        body.put("kind", fixed(str("REGULAR_MEETING")));
        body.put("title", fixed(str("三月例会")));
        body.put("attendeeTeacherIds", fixed(raw("[" + new String(str(teacher), StandardCharsets.UTF_8) + "]")));
        body.put("minutes", fixed(str("布置春季班工作。")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> budgetLinesBody() {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("lines", fixed(raw("[{\"category\": \"TEACHING\", \"amount\": 30000.00}, "
                + "{\"category\": \"OTHER\", \"amount\": 20000.00}]")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> expenditureBody() {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("date", fixed(str(YEAR + "-04-01")));
        body.put("category", fixed(str("MATERIALS")));
        body.put("amount", fixed(raw("10.00")));
        body.put("payee", fixed(str("新华书店")));
        body.put("description", fixed(str("教材")));
        body.put("programmeId", fixed(raw("null")));
        return body;
    }

    private static Map<String, Supplier<byte[]>> reversalBody() {
        Map<String, Supplier<byte[]>> body = new LinkedHashMap<>();
        body.put("reason", fixed(str("重复报销")));
        return body;
    }

    // ----------------------------------------------------------------------------------------------
    // The generated cases
    // ----------------------------------------------------------------------------------------------

    private record Endpoint(String name, String method, String path, Map<String, Supplier<byte[]>> body, String watch) {
    }

    private List<Endpoint> writeEndpoints(Fixture f) {
        String plan = "/api/v1/communities/" + f.code() + "/plans/" + YEAR;
        return List.of(
                new Endpoint("POST communities", "POST", "/api/v1/communities", communityBody(), null),
                new Endpoint("PUT plan", "PUT", plan, planBody(), plan),
                new Endpoint("POST providers", "POST", "/api/v1/providers", providerBody(), null),
                new Endpoint("POST programmes", "POST", "/api/v1/programmes", programmeBody(f.code(), f.provider()), null),
                new Endpoint("PUT programme", "PUT", "/api/v1/programmes/" + f.programme(),
                        programmeBody(f.code(), f.provider()), "/api/v1/programmes/" + f.programme()),
                new Endpoint("POST sessions", "POST", "/api/v1/programmes/" + f.programme() + "/sessions", sessionBody(), null),
                new Endpoint("PATCH session", "PATCH", "/api/v1/sessions/" + f.session(), sessionBody(),
                        "/api/v1/sessions/" + f.session()),
                new Endpoint("POST residents", "POST", "/api/v1/residents", residentBody(f.code()), null),
                new Endpoint("POST enrolments", "POST", "/api/v1/enrolments", enrolmentBody(f.otherResident(), f.session()), null),
                // The fixture's session is first come, first served: even the valid body is refused (NOT_A_LOTTERY).
                new Endpoint("POST draws", "POST", "/api/v1/draws", drawBody(f.session()), null),
                new Endpoint("POST attendance", "POST", "/api/v1/attendance", attendanceBody(f.session(), f.resident()),
                        "/api/v1/attendance?sessionId=" + f.session()),
                new Endpoint("POST teachers", "POST", "/api/v1/teachers", teacherBody(f.code(), f.provider()), null),
                new Endpoint("PUT teacher", "PUT", "/api/v1/teachers/" + f.editedTeacher(), teacherBody(f.code(), f.provider()),
                        "/api/v1/teachers/" + f.editedTeacher()),
                new Endpoint("PUT session teachers", "PUT", "/api/v1/sessions/" + f.session() + "/teachers",
                        sessionTeachersBody(f.teacher()), "/api/v1/sessions/" + f.session()),
                new Endpoint("POST staff-activities", "POST", "/api/v1/communities/" + f.code() + "/staff-activities",
                        staffActivityBody(f.teacher()), null),
                new Endpoint("PUT budget lines", "PUT", plan + "/budget-lines", budgetLinesBody(), plan),
                // Bookings change the plan's `spent`: they go in the plan's line, one after another.
                new Endpoint("POST expenditures", "POST", plan + "/expenditures", expenditureBody(), plan),
                new Endpoint("POST expenditures", "POST", plan + "/expenditures/" + f.expenditure() + "/reversal",
                        reversalBody(), plan));
    }

    /** What every field of every body gets instead of its valid value. */
    private static List<Value> fieldValues() {
        List<Value> values = new ArrayList<>(List.of(
                Value.of("null", "null"),
                Value.of("an object", "{\"value\": 1}"),
                Value.of("an empty array", "[]"),
                Value.of("an empty string", "\"\""),
                Value.of("a 10k-character string", "\"" + "社".repeat(10_000) + "\""),
                Value.of("-1", "-1"),
                Value.of("a huge integer", "99999999999999999999999999999999"),
                Value.of("a number in a string", "\"12\""),
                Value.of("SQL injection", "\"'; DROP TABLE enrolments; --\""),
                Value.of("a lone surrogate", "\"社区\\ud800\""),
                Value.of("a NUL character", "\"a\\u0000b\""),
                Value.of("an RTL override", "\"\\u202e区社路淮清\\u202c\""),
                Value.of("emoji only", "\"😀🎉👨‍👩‍👧‍👦\""),
                Value.of("a date beyond 9999", "\"+10000-01-01\""),
                Value.of("a date as a number", "20150701"),
                Value.of("an instant at the end of time", "\"+1000000000-12-31T23:59:59Z\""),
                Value.of("an unknown enum value", "\"NOT_A_VALUE\""),
                Value.of("an unknown id", "\"" + UUID.randomUUID() + "\""),
                Value.of("a list with null", "[null]"),
                Value.of("a list of 10001 items", "[" + String.join(",", Collections.nCopies(10_001, "\"GENERAL\"")) + "]")));
        // Not UTF-8 at all: a lead byte followed by a non-continuation byte.
        values.add(new Value("invalid UTF-8", new byte[] {'"', 'a', (byte) 0xC3, '(', '"'}));
        return values;
    }

    private List<Case> bodyCases(Fixture f) {
        List<Case> cases = new ArrayList<>();
        for (Endpoint e : writeEndpoints(f)) {
            Map<String, String> json = Map.of("Content-Type", "application/json");
            for (String field : e.body().keySet()) {
                cases.add(new Case(e.name(), field + " absent", e.method(), e.path(), json, object(e.body(), field, null), e.watch()));
                for (Value value : fieldValues()) {
                    cases.add(new Case(e.name(), field + " = " + value.label(), e.method(), e.path(), json,
                            object(e.body(), field, value.json()), e.watch()));
                }
            }
            String firstField = e.body().keySet().iterator().next();
            byte[] valid = object(e.body(), null, null);
            String validText = new String(valid, StandardCharsets.UTF_8);
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            bodies.put("truncated JSON", utf8(validText.substring(0, validText.length() - 1)));
            bodies.put("JSON with trailing garbage", utf8(validText + " x"));
            bodies.put("two JSON objects", utf8(validText + validText));
            bodies.put("a JSON array of the object", utf8("[" + validText + "]"));
            bodies.put("a JSON string", utf8("\"社区\""));
            bodies.put("a JSON number", utf8("42"));
            bodies.put("an empty body", new byte[0]);
            bodies.put("single quotes", utf8(validText.replace('"', '\'')));
            bodies.put("NaN", utf8("{\"" + firstField + "\": NaN}"));
            bodies.put("an unknown field", utf8(validText.substring(0, validText.length() - 1) + ", \"admin\": true}"));
            bodies.put("the first field twice", utf8(validText.substring(0, validText.length() - 1)
                    + ", \"" + firstField + "\": \"'; DROP TABLE enrolments; --\"}"));
            bodies.put("arrays nested 100000 deep", utf8("{\"" + firstField + "\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
            bodies.put("20000 unknown fields", utf8(manyFields(20_000)));
            bodies.put("a 3 MB string", object(e.body(), firstField, utf8("\"" + "社".repeat(1024 * 1024) + "\"")));
            bodies.put("an 11 MB string, over the body limit", object(e.body(), firstField, utf8("\"" + "x".repeat(11 * 1024 * 1024) + "\"")));
            bodies.put("invalid UTF-8 bytes", withInvalidUtf8(valid));
            bodies.put("UTF-16 with a byte order mark", withUtf16(validText));
            bodies.forEach((label, body) ->
                    cases.add(new Case(e.name(), label, e.method(), e.path(), json, body, e.watch())));

            Map<String, Map<String, String>> contentTypes = new LinkedHashMap<>();
            contentTypes.put("no Content-Type", Map.of());
            contentTypes.put("Content-Type text/plain", Map.of("Content-Type", "text/plain"));
            contentTypes.put("Content-Type application/xml", Map.of("Content-Type", "application/xml"));
            contentTypes.put("Content-Type form-urlencoded", Map.of("Content-Type", "application/x-www-form-urlencoded"));
            contentTypes.put("a malformed Content-Type", Map.of("Content-Type", "application/json; charset"));
            contentTypes.put("an unknown charset", Map.of("Content-Type", "application/json; charset=no-such-charset"));
            contentTypes.forEach((label, headers) ->
                    cases.add(new Case(e.name(), label, e.method(), e.path(), headers, valid, e.watch())));
            cases.add(new Case(e.name(), "XML body", e.method(), e.path(), Map.of("Content-Type", "application/xml"),
                    utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"), e.watch()));
            cases.add(new Case(e.name(), "form body", e.method(), e.path(),
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), utf8(firstField + "=x&name=%E7%A4%BE"), e.watch()));
            cases.add(new Case(e.name(), "DELETE instead", "DELETE", e.path(), json, valid, e.watch()));
        }

        // Idempotency-Key, the one header of the API.
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("an empty Idempotency-Key", "");
        keys.put("a blank Idempotency-Key", "   ");
        keys.put("a 101-character Idempotency-Key", "k".repeat(101));
        keys.put("a 6000-character Idempotency-Key", "k".repeat(6000));
        keys.put("a 20000-character Idempotency-Key", "k".repeat(20_000));
        keys.put("an SQL injection Idempotency-Key", "'; DROP TABLE enrolments; --");
        keys.put("a Chinese Idempotency-Key", "幂等键😀");
        keys.forEach((label, key) -> {
            Case c = new Case("POST enrolments", label, "POST", "/api/v1/enrolments",
                    Map.of("Content-Type", "application/json", "Idempotency-Key", key),
                    object(enrolmentBody(f.resident(), UUID.randomUUID().toString()), null, null), null);
            cases.add(c);
        });
        return cases;
    }

    /** Unknown and malformed ids in the paths of the write endpoints, with valid bodies. */
    private List<Case> pathCases(Fixture f) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("an unknown id", UUID.randomUUID().toString());
        ids.put("SQL injection", enc("'; DROP TABLE enrolments; --"));
        ids.put("SQL tautology", enc("x' OR '1'='1"));
        ids.put("an encoded slash", "..%2F..%2Fq%2Fhealth");
        ids.put("an encoded NUL", "a%00b");
        ids.put("an encoded lone surrogate", "%ED%A0%80");
        ids.put("invalid UTF-8", "%C3%28");
        ids.put("a bad percent escape", "%zz");
        ids.put("a lone percent sign", "%");
        ids.put("an RTL override", enc("\u202e区社"));
        ids.put("emoji", enc("😀"));
        ids.put("a 3000-character id", "x".repeat(3000));
        ids.put("a 10k-character id", "x".repeat(10_000));
        ids.put("an id of spaces", "%20%20");
        List<Case> cases = new ArrayList<>();
        Map<String, String> json = Map.of("Content-Type", "application/json");
        ids.forEach((label, id) -> {
            cases.add(new Case("PUT plan", "community " + label, "PUT", "/api/v1/communities/" + id + "/plans/" + YEAR, json,
                    object(planBody(), null, null), null));
            cases.add(new Case("PUT programme", "programme " + label, "PUT", "/api/v1/programmes/" + id, json,
                    object(programmeBody(f.code(), f.provider()), null, null), null));
            cases.add(new Case("POST sessions", "programme " + label, "POST", "/api/v1/programmes/" + id + "/sessions", json,
                    object(sessionBody(), null, null), null));
            cases.add(new Case("PATCH session", "session " + label, "PATCH", "/api/v1/sessions/" + id, json,
                    object(sessionBody(), null, null), null));
            cases.add(new Case("POST cancel", "enrolment " + label, "POST", "/api/v1/enrolments/" + id + "/cancel", Map.of(),
                    null, null));
            cases.add(new Case("POST complete", "enrolment " + label, "POST", "/api/v1/enrolments/" + id + "/complete", Map.of(),
                    null, null));
            cases.add(new Case("POST accept", "enrolment " + label, "POST", "/api/v1/enrolments/" + id + "/accept", Map.of(),
                    null, null));
            cases.add(new Case("POST decline", "enrolment " + label, "POST", "/api/v1/enrolments/" + id + "/decline", Map.of(),
                    null, null));
            cases.add(new Case("GET draw", "session " + label, "GET", "/api/v1/draws/" + id, Map.of(), null, null));
            // Erasure, destructive when it works: only ids that name no resident (unknown or malformed).
            cases.add(new Case("POST erasure", "resident " + label, "POST", "/api/v1/residents/" + id + "/erasure", Map.of(),
                    null, null));
            cases.add(new Case("PUT teacher", "teacher " + label, "PUT", "/api/v1/teachers/" + id, json,
                    object(teacherBody(f.code(), f.provider()), null, null), null));
            cases.add(new Case("PUT session teachers", "session " + label, "PUT", "/api/v1/sessions/" + id + "/teachers", json,
                    object(sessionTeachersBody(f.teacher()), null, null), null));
            cases.add(new Case("POST staff-activities", "community " + label, "POST",
                    "/api/v1/communities/" + id + "/staff-activities", json, object(staffActivityBody(f.teacher()), null, null), null));
            cases.add(new Case("POST expenditures", "community " + label, "POST", planPath(id) + "/expenditures", json,
                    object(expenditureBody(), null, null), null));
            cases.add(new Case("POST expenditures", "reversal of expenditure " + label, "POST",
                    planPath(f.code()) + "/expenditures/" + id + "/reversal", json, object(reversalBody(), null, null), null));
        });
        Map<String, String> years = new LinkedHashMap<>();
        years.put("a word", "abc");
        years.put("-1", "-1");
        years.put("0", "0");
        years.put("2^31", "2147483648");
        years.put("a fraction", "2015.5");
        years.put("a huge number", "99999999999999999999");
        years.put("SQL injection", enc("2015; DROP TABLE annual_plan"));
        years.put("full-width digits", enc("２０１５"));
        years.forEach((label, year) -> {
            cases.add(new Case("PUT plan", "year " + label, "PUT", "/api/v1/communities/" + f.code() + "/plans/" + year, json,
                    object(planBody(), null, null), null));
            cases.add(new Case("POST expenditures", "year " + label, "POST",
                    "/api/v1/communities/" + f.code() + "/plans/" + year + "/expenditures", json, object(expenditureBody(), null, null), null));
            cases.add(new Case("PUT budget lines", "year " + label, "PUT",
                    "/api/v1/communities/" + f.code() + "/plans/" + year + "/budget-lines", json, object(budgetLinesBody(), null, null), null));
            cases.add(new Case("GET statistics", "year " + label, "GET",
                    "/api/v1/statistics/communities/" + f.code() + "/years/" + year, Map.of(), null, null));
            cases.add(new Case("GET summary", "year " + label, "GET", "/api/v1/statistics/years/" + year, Map.of(), null, null));
        });
        ids.forEach((label, id) -> cases.add(new Case("GET statistics", "community " + label, "GET",
                "/api/v1/statistics/communities/" + id + "/years/" + YEAR, Map.of(), null, null)));
        for (String accept : List.of("application/xml", "text/csv", "image/png", "*/*;q=abc", "社区")) {
            cases.add(new Case("GET statistics", "Accept " + accept, "GET",
                    "/api/v1/statistics/communities/" + f.code() + "/years/" + YEAR, Map.of("Accept", accept), null, null));
            cases.add(new Case("GET summary", "Accept " + accept, "GET", "/api/v1/statistics/years/" + YEAR,
                    Map.of("Accept", accept), null, null));
        }
        return cases;
    }

    /** Every query parameter of every list endpoint. */
    private List<Case> queryCases(Fixture f) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("/api/v1/communities", List.of("page", "size"));
        lists.put("/api/v1/communities/" + f.code() + "/plans", List.of("page", "size"));
        lists.put("/api/v1/providers", List.of("page", "size"));
        lists.put("/api/v1/programmes", List.of("community", "year", "strand", "featured", "status", "q", "page", "size"));
        lists.put("/api/v1/programmes/" + f.programme() + "/sessions", List.of("page", "size"));
        lists.put("/api/v1/residents", List.of("community", "page", "size"));
        lists.put("/api/v1/residents/" + f.resident() + "/enrolments", List.of("page", "size"));
        lists.put("/api/v1/enrolments?sessionId=" + f.session(), List.of("status", "page", "size"));
        lists.put("/api/v1/enrolments", List.of("sessionId"));
        lists.put("/api/v1/attendance?sessionId=" + f.session(), List.of("page", "size"));
        lists.put("/api/v1/attendance", List.of("sessionId"));
        lists.put("/api/v1/teachers", List.of("community", "kind", "q", "page", "size"));
        lists.put("/api/v1/communities/" + f.code() + "/staff-activities", List.of("year", "page", "size"));
        lists.put(planPath(f.code()) + "/expenditures", List.of("page", "size"));
        // The audit trail's filters (the officer may read it): instants, ids and paging.
        lists.put("/api/v1/audit", List.of("actor", "resourceType", "resourceId", "from", "to", "page", "size"));
        lists.put("/api/v1/audit?from=2020-01-01T00:00:00Z", List.of("to"));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        values.put("-1", "-1");
        values.put("a word", "abc");
        values.put("a huge number", "99999999999999999999");
        values.put("full-width digits", enc("１０"));
        values.put("SQL injection", enc("'; DROP TABLE enrolments; --"));
        values.put("an RTL override", enc("\u202e区社路淮清"));
        values.put("emoji", enc("😀🎉"));
        values.put("an encoded NUL", "a%00b");
        values.put("an encoded lone surrogate", "%ED%A0%80");
        values.put("a 3000-character value", "x".repeat(3000));
        Map<String, String> malformed = new LinkedHashMap<>();
        malformed.put("a bad percent escape", "%zz");
        malformed.put("a 10k-character value", "x".repeat(10_000));
        List<Case> cases = new ArrayList<>();
        lists.forEach((path, params) -> {
            String endpoint = "GET " + path.replaceAll("[0-9a-f-]{36}|bad-input-[0-9a-f]{8}", "{id}").replaceAll("\\?.*", "");
            String separator = path.contains("?") ? "&" : "?";
            for (String param : params) {
                values.forEach((label, value) -> cases.add(new Case(endpoint, param + " " + label, "GET",
                        path + separator + param + "=" + value, Map.of(), null, null)));
                malformed.forEach((label, value) -> cases.add(new Case(endpoint, param + " " + label, "GET",
                        path + separator + param + "=" + value, Map.of(), null, null)));
                cases.add(new Case(endpoint, param + " twice", "GET", path + separator + param + "=1&" + param + "=abc",
                        Map.of(), null, null));
            }
        });
        return cases;
    }

    // ----------------------------------------------------------------------------------------------
    // Checking one answer
    // ----------------------------------------------------------------------------------------------

    /** @return what is wrong with the answer, or null */
    private static String check(Case c, Answer answer) {
        if (answer.status() >= 500) {
            return "a server error " + answer.status() + ": " + abbreviate(answer.body());
        }
        if (answer.status() < 400) {
            return null;
        }
        String type = answer.headers().getOrDefault("content-type", "");
        if (!type.startsWith(PROBLEM_JSON)) {
            return answer.status() + " as '" + type + "', not " + PROBLEM_JSON + ": " + abbreviate(answer.body());
        }
        try {
            JsonPath problem = JsonPath.from(answer.body());
            if (problem.getInt("status") != answer.status() || problem.getString("title") == null) {
                return "a problem body without its status and title: " + abbreviate(answer.body());
            }
        } catch (RuntimeException e) {
            return "a problem body that is not JSON: " + abbreviate(answer.body());
        }
        for (String leak : List.of("Exception", "\tat ", "org.hibernate", "java.", "SQLState", "io.vertx")) {
            if (answer.body().contains(leak)) {
                return "internals in the answer (" + leak + "): " + abbreviate(answer.body());
            }
        }
        return null;
    }

    private static String describe(Case c) {
        return c.endpoint() + " [" + c.label() + "] " + c.method() + " " + abbreviate(c.target());
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }

    // ----------------------------------------------------------------------------------------------
    // Raw HTTP/1.1 through the gateway: what is sent is exactly what the case says
    // ----------------------------------------------------------------------------------------------

    private static boolean heavy(Case c) {
        return c.body() != null && c.body().length > 1024 * 1024;
    }

    private static List<Result> sendConcurrently(List<Callable<List<Result>>> work) {
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<Result> results = new ArrayList<>();
            for (Future<List<Result>> done : clients.invokeAll(work)) {
                results.addAll(done.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            clients.shutdownNow();
        }
    }

    /** Sends one after another the requests that would change {@code resource}, checking it after each refusal. */
    private List<Result> sendWatching(String resource, List<Case> line, List<String> failures) {
        List<Result> results = new ArrayList<>();
        String before = read(resource);
        for (Case c : line) {
            Result result = sendOne(c);
            results.add(result);
            String after = read(resource);
            if (result.answer() != null && result.answer().status() >= 400 && !after.equals(before)) {
                failures.add(describe(c) + " -> refused with " + result.answer().status() + " but changed " + resource
                        + "\n  before: " + before + "\n  after:  " + after);
            }
            before = after;
        }
        return results;
    }

    private Result sendOne(Case c) {
        try {
            return new Result(c, send(c), null);
        } catch (IOException e) {
            return new Result(c, null, e);
        }
    }

    private Answer send(Case c) throws IOException {
        long started = System.nanoTime();
        long deadline = started + ANSWER_WITHIN.toNanos();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) ANSWER_WITHIN.toMillis());
            StringBuilder head = new StringBuilder()
                    .append(c.method()).append(' ').append(c.target()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n")
                    .append("Connection: close\r\n");
            // The district officer may do everything the cases aim at: what refuses them is the input.
            if (!c.headers().containsKey("Authorization")) {
                head.append("Authorization: Bearer ").append(Tokens.of(Tokens.OFFICER)).append("\r\n");
            }
            if (!c.headers().containsKey("Accept")) {
                head.append("Accept: application/json\r\n");
            }
            c.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(c.body() == null ? 0 : c.body().length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (c.body() != null) {
                    out.write(c.body());
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // The server may answer and close before taking a too-large body: read what it said.
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException("no complete answer within " + ANSWER_WITHIN);
                }
                socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
                int n;
                try {
                    n = in.read(buffer);
                } catch (SocketTimeoutException e) {
                    throw new SocketTimeoutException("no complete answer within " + ANSWER_WITHIN);
                } catch (IOException reset) {
                    if (received.size() == 0) {
                        throw reset;
                    }
                    break;
                }
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, n);
            }
            return parse(received.toByteArray(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static Answer parse(byte[] response, Duration took) throws IOException {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("not an HTTP response: '" + abbreviate(text) + "'");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), took);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    // ----------------------------------------------------------------------------------------------
    // Building raw JSON
    // ----------------------------------------------------------------------------------------------

    /** The body with one field replaced (value given) or left out (value null); field null: the valid body. */
    private static byte[] object(Map<String, Supplier<byte[]>> body, String field, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('{');
        boolean first = true;
        for (var entry : body.entrySet()) {
            byte[] json = entry.getKey().equals(field) ? value : entry.getValue().get();
            if (json == null) {
                continue;
            }
            if (!first) {
                out.write(',');
            }
            first = false;
            out.writeBytes(str(entry.getKey()));
            out.write(':');
            out.writeBytes(json);
        }
        out.write('}');
        return out.toByteArray();
    }

    private static String json(Map<String, Supplier<byte[]>> body) {
        return new String(object(body, null, null), StandardCharsets.UTF_8);
    }

    private static String manyFields(int count) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }
        return json.append('}').toString();
    }

    private static byte[] withInvalidUtf8(byte[] valid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, valid.length - 1);
        out.writeBytes(new byte[] {',', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'});
        return out.toByteArray();
    }

    private static byte[] withUtf16(String text) {
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFE;
        withBom[1] = (byte) 0xFF;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        return withBom;
    }

    private static Supplier<byte[]> fixed(byte[] json) {
        return () -> json;
    }

    private static byte[] raw(String json) {
        return utf8(json);
    }

    /** A JSON string of ordinary text (no characters that need escaping). */
    private static byte[] str(String text) {
        return utf8("\"" + text + "\"");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
