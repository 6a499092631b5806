package io.communityedu.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The steps the end-to-end tests share to set up a community's year through the gateway, each in a
 * community of its own (random suffix) so that no test disturbs another's numbers. Each step acts as
 * the person who would take it (API.md "Identity and access"): the district officer registers the
 * community; a staff member of that community (an account created for it) sets its plans, programmes
 * and sessions, registers its residents and enrols them; the district system reads the statistics.
 */
final class Scenario {

    /** How long a change may take to travel through Kafka to another service on a busy 2-core machine. */
    static final Duration EVENT_DELIVERY = Duration.ofSeconds(20);

    /** Community of each session made here, so that the right staff member enrols into it. */
    private static final Map<String, String> SESSION_COMMUNITY = new ConcurrentHashMap<>();
    private static final Map<String, String> PROGRAMME_COMMUNITY = new ConcurrentHashMap<>();
    /** The staff account created for each community. */
    private static final Map<String, String> STAFF = new ConcurrentHashMap<>();

    private Scenario() {
    }

    /** A request as the given account (demo or created by {@link Tokens}). */
    static RequestSpecification as(String username) {
        return given().header("Authorization", "Bearer " + Tokens.of(username));
    }

    static RequestSpecification asOfficer() {
        return as(Tokens.OFFICER);
    }

    static RequestSpecification asAdmin() {
        return as(Tokens.ADMIN);
    }

    /** The district system (client credentials, statistics-reader). */
    static RequestSpecification asDistrictSystem() {
        return given().header("Authorization", "Bearer " + Tokens.districtSystem());
    }

    /** A staff member of the community (created in Keycloak the first time, communities = [code]). */
    static RequestSpecification asStaff(String code) {
        return as(staffOf(code));
    }

    static String staffOf(String code) {
        return STAFF.computeIfAbsent(code, c -> {
            String username = "staff." + c;
            Tokens.tokens().createStaff(username, List.of(c));
            return username;
        });
    }

    /** Staff of the session's community when it was made here, else the district officer. */
    static RequestSpecification asStaffOfSession(String sessionId) {
        String code = SESSION_COMMUNITY.get(sessionId);
        return code == null ? asOfficer() : asStaff(code);
    }

    /** Remembers the community of a session made without {@link #session}. */
    static void sessionOf(String sessionId, String code) {
        SESSION_COMMUNITY.put(sessionId, code);
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void community(String code, String name) {
        asOfficer().contentType(ContentType.JSON).body(Map.of("code", code, "name", name, "district", "清河区"))
                .post("/api/v1/communities").then().statusCode(201);
    }

    static void plan(String code, int year, int population, int targetPercent, int featuredTarget, String budget) {
        asStaff(code).contentType(ContentType.JSON)
                .body(Map.of("residentPopulation", population, "participationTargetPercent", targetPercent,
                        "featuredProgrammeTarget", featuredTarget, "budget", new BigDecimal(budget)))
                .put("/api/v1/communities/" + code + "/plans/" + year).then().statusCode(201);
    }

    /** A programme open to every resident of any age, without a partner provider. */
    static String programme(String code, int year, String title, String strand, boolean featured, String certificate) {
        return programme(code, year, title, strand, List.of("GENERAL"), null, featured, certificate);
    }

    /** A free programme for the given target groups (none: everyone), read back once created. */
    static String programme(String code, int year, String title, String strand, List<String> targetGroups,
                            String providerId, boolean featured, String certificate) {
        return programme(code, year, title, strand, targetGroups, providerId, featured, certificate, "0.00");
    }

    /** A programme with a fee (CNY) for the given target groups, read back once created. */
    static String programme(String code, int year, String title, String strand, List<String> targetGroups,
                            String providerId, boolean featured, String certificate, String fee) {
        Map<String, Object> body = new HashMap<>();
        body.put("communityCode", code);
        body.put("year", year);
        body.put("title", title);
        body.put("strand", strand);
        body.put("targetGroups", targetGroups);
        body.put("providerId", providerId);
        body.put("featured", featured);
        body.put("certificateName", certificate);
        body.put("fee", new BigDecimal(fee));
        String id = post(asStaff(code), "/api/v1/programmes", body).getString("id");
        PROGRAMME_COMMUNITY.put(id, code);
        given().get("/api/v1/programmes/" + id).then().statusCode(200).body("title", equalTo(title));
        return id;
    }

    static String session(String programmeId, int year, int capacity, int hours) {
        String code = PROGRAMME_COMMUNITY.get(programmeId);
        String id = post(code == null ? asOfficer() : asStaff(code), "/api/v1/programmes/" + programmeId + "/sessions",
                Map.of("title", "第一期", "startDate", year + "-07-01", "endDate", year + "-08-31", "venue", "社区活动室",
                        "capacity", capacity, "hours", hours)).getString("id");
        if (code != null) {
            SESSION_COMMUNITY.put(id, code);
        }
        return id;
    }

    /** enrolment-service learns of a new community a moment after programmes-service accepts it: 422 until then. */
    static String resident(String code, String name, String birthDate) {
        return resident(code, name, birthDate, "GENERAL");
    }

    static String resident(String code, String name, String birthDate, String group) {
        PersonalDataUsed.resident(name, "13900000000");
        Map<String, Object> body = Map.of("name", name, "birthDate", birthDate, "communityCode", code,
                "groups", List.of(group), "phone", "13900000000");
        return await().atMost(EVENT_DELIVERY).until(() -> asStaff(code).contentType(ContentType.JSON).body(body)
                        .post("/api/v1/residents"), r -> r.statusCode() != 422)
                .then().statusCode(201).body("name", equalTo(name)).extract().path("id");
    }

    /** Likewise for a new session: its roster is 404 until enrolment-service has heard of it. */
    static void awaitSessionKnown(String sessionId) {
        await().atMost(EVENT_DELIVERY).until(() -> asStaffOfSession(sessionId).queryParam("sessionId", sessionId)
                .get("/api/v1/enrolments").statusCode(), status -> status != 404);
        asStaffOfSession(sessionId).queryParam("sessionId", sessionId).get("/api/v1/enrolments").then().statusCode(200);
    }

    /** Enrols a resident (as staff of the session's community) in a session enrolment-service already knows; returns the enrolment's id. */
    static String enrol(String residentId, String sessionId, String expectedStatus) {
        return asStaffOfSession(sessionId).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments").then().statusCode(201).body("status", equalTo(expectedStatus))
                .extract().path("id");
    }

    /** The community's year as the district system reads it. */
    static JsonPath statistics(String code, int year) {
        return asDistrictSystem().get("/api/v1/statistics/communities/" + code + "/years/" + year)
                .then().statusCode(200).extract().jsonPath();
    }

    /** One row of byStrand as the statistics show it. */
    static Map<String, Object> strand(String strand, int programmes, int sessions, int participants, int enrolments,
                                      int completions, int learnerHours) {
        Map<String, Object> row = new HashMap<>();
        row.put("strand", strand);
        row.put("programmes", programmes);
        row.put("sessions", sessions);
        row.put("participants", participants);
        row.put("enrolments", enrolments);
        row.put("completions", completions);
        row.put("learnerHours", learnerHours);
        return row;
    }

    /** The report's enrolment counts of a session without lottery or offers. */
    static Map<String, Object> enrolments(int confirmed, int waitlisted, int cancelled, int completed) {
        return enrolments(confirmed, waitlisted, cancelled, completed, 0, 0, 0, 0);
    }

    static Map<String, Object> enrolments(int confirmed, int waitlisted, int cancelled, int completed, int applied,
                                          int offered, int declined, int expired) {
        return Map.of("confirmed", confirmed, "waitlisted", waitlisted, "cancelled", cancelled, "completed", completed,
                "applied", applied, "offered", offered, "declined", declined, "expired", expired);
    }

    static JsonPath post(RequestSpecification as, String path, Object body) {
        return as.contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().jsonPath();
    }
}
