package io.communityedu.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sets up communities, plans, programmes, sessions and residents through the public API. */
public final class Fixtures {

    private final Http http;

    public Fixtures(Http http) {
        this.http = http;
    }

    /** A short random suffix for codes, so a benchmark's communities never meet an earlier run's. */
    public static String uniqueSuffix() {
        return Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    public void community(String code) {
        http.post("/api/v1/communities", Map.of("code", code, "name", "基准社区 " + code, "district", "清河区"))
                .expect(201, "register community " + code);
    }

    public void plan(String code, int year, int population, int targetPercent, int featuredTarget, String budget) {
        Http.Reply reply = http.put("/api/v1/communities/" + code + "/plans/" + year, Map.of("residentPopulation", population,
                "participationTargetPercent", targetPercent, "featuredProgrammeTarget", featuredTarget,
                "budget", new java.math.BigDecimal(budget)));
        if (reply.status() != 200 && reply.status() != 201) {
            reply.expect(201, "set plan " + code + "/" + year);
        }
    }

    public String programme(String code, int year, String title, String strand, boolean featured) {
        Map<String, Object> body = new HashMap<>();
        body.put("communityCode", code);
        body.put("year", year);
        body.put("title", title);
        body.put("description", "benchmark");
        body.put("strand", strand);
        body.put("targetGroups", List.of());
        body.put("minAge", null);
        body.put("maxAge", null);
        body.put("providerId", null);
        body.put("featured", featured);
        body.put("certificateName", null);
        body.put("fee", 0);
        return http.post("/api/v1/programmes", body).expect(201, "create programme").json().get("id").asText();
    }

    public String session(String programmeId, int year, int capacity, int hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "第一期");
        body.put("startDate", year + "-07-05");
        body.put("endDate", year + "-08-20");
        body.put("venue", "社区活动室");
        body.put("capacity", capacity);
        body.put("hours", hours);
        body.put("enrolmentOpensAt", null);
        body.put("enrolmentClosesAt", null);
        return http.post("/api/v1/programmes/" + programmeId + "/sessions", body).expect(201, "schedule session")
                .json().get("id").asText();
    }

    /** Registers a resident; until enrolment-service has heard of the community (422) it retries within the deadline. */
    public String resident(String code, int number, Deadline deadline) {
        Map<String, Object> body = Map.of("name", "居民" + number, "birthDate", "1980-01-01", "communityCode", code,
                "groups", List.of("GENERAL"), "phone", String.format("138%08d", number % 100_000_000));
        while (true) {
            Http.Reply reply = http.post("/api/v1/residents", body);
            if (reply.status() == 201) {
                return reply.json().get("id").asText();
            }
            if (reply.status() != 422 && reply.status() != 503) {
                reply.expect(201, "register resident");
            }
            deadline.check("waiting for enrolment-service to know community " + code);
            sleep(50);
        }
    }

    /**
     * Enrols the resident, retrying while enrolment-service has not yet heard of the session (404):
     * it learns sessions from programme-events. Returns the accepted enrolment.
     */
    public JsonNode enrolWhenKnown(String residentId, String sessionId, Deadline deadline) {
        while (true) {
            Http.Reply reply = http.post("/api/v1/enrolments", Map.of("residentId", residentId, "sessionId", sessionId));
            if (reply.status() == 201) {
                return reply.json();
            }
            if (reply.status() != 404) {
                reply.expect(201, "enrol");
            }
            deadline.check("waiting for enrolment-service to know session " + sessionId);
            sleep(50);
        }
    }

    /**
     * A community of its own with a plan for the year, one programme and one session in it, returned
     * once enrolment-service knows the session.
     */
    public OpenSession openSession(String code, int year, int population, String title, String strand, boolean featured,
                                   int capacity, int hours, Deadline deadline) {
        community(code);
        plan(code, year, population, 50, 1, "100000.00");
        String programme = programme(code, year, title, strand, featured);
        String session = session(programme, year, capacity, hours);
        awaitSessionsKnown(code, programme, year, deadline);
        return new OpenSession(programme, session);
    }

    /**
     * A new programme in a community that already has its plan for the year, with {@code count}
     * sessions of {@code capacity} places each, returned in the order scheduled once
     * enrolment-service knows them all (one canary session and enrolment more in the programme).
     */
    public List<String> openSessions(String code, int year, String title, String strand, boolean featured, int count,
                                     int capacity, int hours, Deadline deadline) {
        String programme = programme(code, year, title, strand, featured);
        List<String> sessions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            deadline.check("scheduling " + count + " sessions");
            sessions.add(session(programme, year, capacity, hours));
        }
        awaitSessionsKnown(code, programme, year, deadline);
        return sessions;
    }

    /**
     * Waits until enrolment-service knows the programme's sessions scheduled so far: schedules a
     * canary session after them (same programme, so the same partition, in order) and enrols a
     * canary resident in it until that is accepted.
     */
    public void awaitSessionsKnown(String code, String programmeId, int year, Deadline deadline) {
        String canary = session(programmeId, year, 1, 0);
        String resident = resident(code, 99_999_999, deadline);
        enrolWhenKnown(resident, canary, deadline);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
