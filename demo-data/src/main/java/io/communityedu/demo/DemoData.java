package io.communityedu.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the seed plan's community through the gateway: Qinghuai Road Community (清淮路社区) with
 * its 2009 and 2010 plans (50% participation target, two featured programmes, a budget that grows),
 * partner providers, a programme in each of the four strands, residents, and enrolments that
 * confirm, waitlist, cancel (promoting the waitlisted pupil) and complete. The resident population
 * is scaled down to the demo's twelve residents so the participation rate means something.
 * Does nothing when the community already exists, so every start of the suite may call it.
 * <p>
 * Everyone signs in at Keycloak like any client (API.md "Identity and access", the local realm's demo
 * accounts): the district officer registers the community, staff.qinghuai loads Qinghuai Road's plans,
 * providers, programmes, sessions and residents and enrols them, and resident.wang registers himself
 * as 王小明 through {@code POST /api/v1/me} and enrols himself.
 * Usage: {@code java -jar demo-data.jar [gateway-url [keycloak-url]]} (defaults http://localhost:8080 and
 * {@code KEYCLOAK_URL} or http://localhost:8180).
 */
public final class DemoData {

    public static final String COMMUNITY = "qinghuai-road";
    public static final int YEAR = 2010;
    public static final String OFFICER = "officer";
    public static final String STAFF = "staff.qinghuai";
    public static final String RESIDENT = "resident.wang";

    private final PlatformClient api;

    public DemoData(URI gateway, URI keycloak) {
        this.api = new PlatformClient(gateway, new KeycloakLogin(keycloak));
    }

    public static void main(String[] args) {
        URI gateway = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        String keycloakEnv = System.getenv("KEYCLOAK_URL");
        URI keycloak = URI.create(args.length > 1 ? args[1]
                : keycloakEnv != null && !keycloakEnv.isBlank() ? keycloakEnv : "http://localhost:8180");
        boolean loaded = new DemoData(gateway, keycloak).loadIfAbsent();
        System.out.println(loaded
                ? "Demo data loaded: " + COMMUNITY + " (清淮路社区), plan " + YEAR + "."
                : "Demo data already present (" + COMMUNITY + ").");
    }

    /** Loads the demo unless the community exists; true when it loaded. */
    public boolean loadIfAbsent() {
        if (api.status("/api/v1/communities/" + COMMUNITY) == 200) {
            return false;
        }
        load();
        return true;
    }

    private void load() {
        api.post(OFFICER, "/api/v1/communities", Map.of("code", COMMUNITY, "name", "清淮路社区", "district", "清河区"), 201);
        plan(YEAR - 1, new BigDecimal("120000.00"));
        plan(YEAR, new BigDecimal("150000.00"));

        String school = provider("清淮路小学", "SCHOOL", 0);
        String college = provider("清河区社区学院", "COMMUNITY_COLLEGE", 0);
        String institution = provider("清河职业技能培训中心", "TRAINING_INSTITUTION", 20);
        String society = provider("清淮路诗词读书会", "CIVIL_SOCIETY_GROUP", 0);

        String reading = session(programme("暑期读书征文", "YOUTH_DEVELOPMENT", List.of("PUPIL"), 6, 15, school, true, null),
                "暑期第一期", "2010-07-05", "2010-08-20", 3, 24);
        String mothers = session(programme("小学生母亲素养培训班", "JOB_CAPABILITY", List.of("PARENT"), 18, 60, college, true,
                "母亲素养培训结业证书"), "春季班", "2010-03-06", "2010-05-29", 5, 16);
        String skills = session(programme("进城务工人员技能培训", "RESIDENT_TRAINING", List.of("MIGRANT_WORKER", "UNEMPLOYED"),
                16, 60, institution, false, "技能资格证书"), "第一期", "2010-04-10", "2010-06-26", 4, 40);
        String poetry = session(programme("学习型社团：诗词读书会", "SELF_EDUCATION", List.of("GENERAL"), null, null, society,
                false, null), "全年活动", "2010-01-09", "2010-12-25", 10, 12);

        // 王小明 has an account (resident.wang) and registers himself.
        String xiaoming = api.postOnceKnown(RESIDENT, "/api/v1/me", Map.of("name", "王小明", "birthDate", "2002-03-01",
                "communityCode", COMMUNITY, "groups", List.of("PUPIL"), "phone", "13800000001"), 201).path("id").asText();
        String sisi = resident("李思思", "2001-09-15", "PUPIL", "13800000002");
        String zihan = resident("张子涵", "2003-05-20", "PUPIL", "13800000003");
        String hao = resident("陈浩", "2000-11-11", "PUPIL", "13800000004");
        String fang = resident("刘芳", "1978-04-02", "PARENT", "13800000005");
        String li = resident("赵丽", "1980-08-08", "PARENT", "13800000006");
        String mei = resident("孙梅", "1976-12-12", "PARENT", "13800000007");
        String qiang = resident("周强", "1985-02-14", "MIGRANT_WORKER", "13800000008");
        String jun = resident("吴军", "1982-07-07", "MIGRANT_WORKER", "13800000009");
        String wei = resident("郑伟", "1975-03-03", "UNEMPLOYED", "13800000010");
        String teacherQian = resident("钱文华", "1945-10-01", "SENIOR", "13800000011");
        String grannyFeng = resident("冯秀英", "1948-06-06", "SENIOR", "13800000012");

        // Three places, four pupils: the last waits, and takes the place a cancellation frees.
        api.postOnceKnown(RESIDENT, "/api/v1/enrolments", Map.of("residentId", xiaoming, "sessionId", reading), 201);
        String sisiPlace = enrol(sisi, reading);
        enrol(zihan, reading);
        enrol(hao, reading);
        api.post(STAFF, "/api/v1/enrolments/" + sisiPlace + "/cancel", Map.of(), 200);

        String fangInClass = enrol(fang, mothers);
        enrol(li, mothers);
        enrol(mei, mothers);
        api.post(STAFF, "/api/v1/enrolments/" + fangInClass + "/complete", Map.of(), 200);

        for (String worker : List.of(qiang, jun, wei)) {
            api.post(STAFF, "/api/v1/enrolments/" + enrol(worker, skills) + "/complete", Map.of(), 200);
        }

        enrol(teacherQian, poetry);
        enrol(grannyFeng, poetry);
        enrol(fang, poetry);
        api.post(STAFF, "/api/v1/attendance", Map.of("sessionId", poetry, "date", "2010-01-09",
                "presentResidentIds", List.of(teacherQian, grannyFeng)), 201);
    }

    private void plan(int year, BigDecimal budget) {
        api.put(STAFF, "/api/v1/communities/" + COMMUNITY + "/plans/" + year, Map.of("residentPopulation", 20,
                "participationTargetPercent", 50, "featuredProgrammeTarget", 2, "budget", budget), 201);
    }

    private String provider(String name, String type, int discount) {
        return api.post(STAFF, "/api/v1/providers", Map.of("name", name, "type", type, "residentDiscountPercent", discount), 201)
                .path("id").asText();
    }

    private String programme(String title, String strand, List<String> groups, Integer minAge, Integer maxAge,
                             String providerId, boolean featured, String certificateName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communityCode", COMMUNITY);
        body.put("year", YEAR);
        body.put("title", title);
        body.put("strand", strand);
        body.put("targetGroups", groups);
        body.put("minAge", minAge);
        body.put("maxAge", maxAge);
        body.put("providerId", providerId);
        body.put("featured", featured);
        body.put("certificateName", certificateName);
        body.put("fee", BigDecimal.ZERO.setScale(2));
        return api.post(STAFF, "/api/v1/programmes", body, 201).path("id").asText();
    }

    private String session(String programmeId, String title, String start, String end, int capacity, int hours) {
        return api.post(STAFF, "/api/v1/programmes/" + programmeId + "/sessions", Map.of("title", title, "startDate", start,
                "endDate", end, "venue", "清淮路社区活动室", "capacity", capacity, "hours", hours), 201).path("id").asText();
    }

    private String resident(String name, String birthDate, String group, String phone) {
        JsonNode resident = api.postOnceKnown(STAFF, "/api/v1/residents", Map.of("name", name, "birthDate", birthDate,
                "communityCode", COMMUNITY, "groups", List.of(group), "phone", phone), 201);
        return resident.path("id").asText();
    }

    private String enrol(String residentId, String sessionId) {
        return api.postOnceKnown(STAFF, "/api/v1/enrolments", Map.of("residentId", residentId, "sessionId", sessionId), 201)
                .path("id").asText();
    }
}
