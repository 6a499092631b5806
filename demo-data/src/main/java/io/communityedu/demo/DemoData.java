package io.communityedu.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the seed plan's community through the gateway: Qinghuai Road Community (清淮路社区) with
 * its 2009 and 2010 plans (50% participation target, two featured programmes, a budget that grows),
 * partner providers, a programme in each of the four strands, residents, and enrolments that
 * confirm, waitlist, cancel (promoting the waitlisted pupil) and complete. The resident population
 * is scaled down to the demo's twelve residents so the participation rate means something.
 * The rest of the plan is there too: the teacher team (two staff, three teachers invited from the
 * district community college, two volunteers, one trainer of the training institution) assigned to
 * the sessions, ten of the twelve planned monthly staff meetings (none in February's Spring Festival
 * or in August) and two training events, the 150,000.00 budget over six lines and a ledger of seven
 * expenditures, one of them reversed, and the training institution's 20% discount on its 500.00
 * course for the community's residents.
 * A second summer reading class is allocated by lottery (摇号): four pupils apply for two places, then staff
 * close applications and run the draw. 李思思, whose only place of the year was
 * cancelled, is a first-time learner (tier 1) and certainly wins; one of the three others (tier 2, each
 * already holding a place) wins by the draw's seed, the other two wait in draw order.
 * Does nothing when the community already exists, so every start of the suite may call it.
 * <p>
 * Everyone signs in at Keycloak like any client (API.md "Identity and access", the local realm's demo
 * accounts): the district officer registers the community, staff.qinghuai loads Qinghuai Road's plans,
 * providers, programmes, sessions and residents and enrols them, and resident.wang registers himself
 * as 王小明 through {@code POST /api/v1/me} and enrols himself; resident.li registers herself as 李思思.
 * Usage: {@code java -jar demo-data.jar [gateway-url [keycloak-url]]} (defaults http://localhost:8080 and
 * {@code KEYCLOAK_URL} or http://localhost:8180).
 */
public final class DemoData {

    public static final String COMMUNITY = "qinghuai-road";
    public static final int YEAR = 2010;
    public static final String OFFICER = "officer";
    public static final String STAFF = "staff.qinghuai";
    public static final String RESIDENT = "resident.wang";
    /** 李思思's account: she registers herself, cancels her summer place and wins the lottery class. */
    public static final String RESIDENT_LI = "resident.li";
    /** Title of the demo's lottery session (of the summer reading programme), drawn on the first start. */
    public static final String LOTTERY_SESSION = "暑期第二期（摇号）";

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

        String readingProgramme = programme("暑期读书征文", "YOUTH_DEVELOPMENT", List.of("PUPIL"), 6, 15, school, true, null, "0.00");
        String mothersProgramme = programme("小学生母亲素养培训班", "JOB_CAPABILITY", List.of("PARENT"), 18, 60, college, true,
                "母亲素养培训结业证书", "200.00");
        String skillsProgramme = programme("进城务工人员技能培训", "RESIDENT_TRAINING", List.of("MIGRANT_WORKER", "UNEMPLOYED"),
                16, 60, institution, false, "技能资格证书", "500.00");
        String poetryProgramme = programme("学习型社团：诗词读书会", "SELF_EDUCATION", List.of("GENERAL"), null, null, society,
                false, null, "0.00");
        String reading = session(readingProgramme, "暑期第一期", "2010-07-05", "2010-08-20", 3, 24);
        String mothers = session(mothersProgramme, "春季班", "2010-03-06", "2010-05-29", 5, 16);
        String skills = session(skillsProgramme, "第一期", "2010-04-10", "2010-06-26", 4, 40);
        String poetry = session(poetryProgramme, "全年活动", "2010-01-09", "2010-12-25", 10, 12);

        // The teacher team (师资队伍) and who teaches what.
        String zhou = teacher("周慧敏", "STAFF", null, List.of("社区教育管理"), List.of("社区教育专干上岗证"), "13900001001");
        String ma = teacher("马建国", "STAFF", null, List.of("居民培训"), List.of("高级社会工作师"), "13900001002");
        String lin = teacher("林志远", "INVITED", college, List.of("家庭教育"), List.of("副教授"), "13900001003");
        String gao = teacher("高雅琴", "INVITED", college, List.of("诗词鉴赏"), List.of("讲师"), "13900001004");
        String huang = teacher("黄振华", "INVITED", college, List.of("职业指导"), List.of("高级职业指导师"), "13900001005");
        String qian = teacher("钱文华", "VOLUNTEER", null, List.of("书法", "诗词"), List.of("退休中学教师"), "13900001006");
        String he = teacher("何晓东", "VOLUNTEER", null, List.of("课业辅导"), List.of(), "13900001007");
        String du = teacher("杜建军", "PROVIDER_STAFF", institution, List.of("电工", "焊接"), List.of("高级技师"), "13900001008");
        assign(reading, he, zhou);
        assign(mothers, lin);
        assign(skills, du, huang);
        assign(poetry, gao, qian);

        // Monthly staff meetings (例会): none in February (Spring Festival) or August (summer classes).
        for (int month : List.of(1, 3, 4, 5, 6, 7, 9, 10, 11, 12)) {
            activity(String.format("2010-%02d-05", month), "REGULAR_MEETING", "2010年" + month + "月社区教育例会",
                    List.of(zhou, ma, lin), "总结上月工作，布置本月教学任务。");
        }
        activity("2010-04-16", "TRAINING", "社区教育专干业务培训", List.of(zhou, ma), "区社区学院组织，学习社区教育工作规范。");
        activity("2010-10-22", "TRAINING", "志愿者教学技能培训", List.of(qian, he), "如何组织居民读书与课业辅导。");

        // The special fund (专项经费): the budget split by category and the year's ledger.
        api.put(STAFF, planPath(YEAR) + "/budget-lines", Map.of("lines", List.of(
                line("TEACHING", "60000.00"), line("MATERIALS", "20000.00"), line("VENUES", "25000.00"),
                line("PUBLICITY", "10000.00"), line("STAFF_DEVELOPMENT", "25000.00"), line("OTHER", "10000.00"))), 200);
        expenditure("2010-03-31", "TEACHING", "8000.00", "清河区社区学院", "小学生母亲素养培训班授课费", mothersProgramme);
        expenditure("2010-04-16", "STAFF_DEVELOPMENT", "2680.00", "清河区社区学院", "社区教育专干业务培训费", null);
        expenditure("2010-04-30", "TEACHING", "12000.00", "清河职业技能培训中心", "进城务工人员技能培训课时费", skillsProgramme);
        expenditure("2010-05-20", "PUBLICITY", "1250.00", "清河广告印刷社", "宣传海报与横幅", null);
        String duplicate = expenditure("2010-06-12", "MATERIALS", "980.00", "新华书店清河店", "读书征文奖品", readingProgramme);
        expenditure("2010-07-10", "MATERIALS", "3560.50", "新华书店清河店", "暑期读书征文图书与文具", readingProgramme);
        expenditure("2010-09-15", "VENUES", "4800.00", "清淮路小学", "诗词读书会活动场地", poetryProgramme);
        api.post(STAFF, planPath(YEAR) + "/expenditures/" + duplicate + "/reversal", Map.of("reason", "重复报销，冲销"), 201);

        // 王小明 has an account (resident.wang) and registers himself.
        String xiaoming = api.postOnceKnown(RESIDENT, "/api/v1/me", Map.of("name", "王小明", "birthDate", "2002-03-01",
                "communityCode", COMMUNITY, "groups", List.of("PUPIL"), "phone", "13800000001"), 201).path("id").asText();
        String sisi = api.postOnceKnown(RESIDENT_LI, "/api/v1/me", Map.of("name", "李思思", "birthDate", "2001-09-15",
                "communityCode", COMMUNITY, "groups", List.of("PUPIL"), "phone", "13800000002"), 201).path("id").asText();
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

        lottery(readingProgramme, he, sisi, List.of(xiaoming, zihan, hao));
    }

    /**
     * Two places, four applicants: 李思思 applies herself, staff apply for the others, then close applications and
     * draw (the service would within a minute anyway). Applications are taken with the close an hour away, however
     * long the session takes to reach enrolment-service.
     */
    private void lottery(String programmeId, String teacherId, String firstTimer, List<String> others) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", LOTTERY_SESSION);
        body.put("startDate", "2010-08-02");
        body.put("endDate", "2010-08-27");
        body.put("venue", "清淮路社区图书室");
        body.put("capacity", 2);
        body.put("hours", 16);
        body.put("enrolmentClosesAt", Instant.now().plus(Duration.ofHours(1)).toString());
        body.put("allocation", "LOTTERY");
        body.put("offerHours", 48);
        String session = api.post(STAFF, "/api/v1/programmes/" + programmeId + "/sessions", body, 201).path("id").asText();
        assign(session, teacherId);
        api.postOnceKnown(RESIDENT_LI, "/api/v1/enrolments", Map.of("residentId", firstTimer, "sessionId", session), 201);
        others.forEach(resident -> enrol(resident, session));
        api.patch(STAFF, "/api/v1/sessions/" + session, Map.of("enrolmentClosesAt", Instant.now().toString()), 200);
        // 422 ENROLMENT_STILL_OPEN until enrolment-service hears of the close; 409 if its scheduler drew first.
        int drawn = api.postOnceSettled(STAFF, "/api/v1/draws", Map.of("sessionId", session));
        if (drawn != 200 && drawn != 409) {
            throw new IllegalStateException("The demo's lottery was not drawn: POST /api/v1/draws answered " + drawn);
        }
    }

    private void plan(int year, BigDecimal budget) {
        api.put(STAFF, planPath(year), Map.of("residentPopulation", 20, "participationTargetPercent", 50,
                "featuredProgrammeTarget", 2, "budget", budget, "regularMeetingsPlanned", 12), 201);
    }

    private static String planPath(int year) {
        return "/api/v1/communities/" + COMMUNITY + "/plans/" + year;
    }

    private String teacher(String name, String kind, String providerId, List<String> subjects, List<String> qualifications,
                           String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("communityCode", COMMUNITY);
        body.put("kind", kind);
        body.put("providerId", providerId);
        body.put("subjects", subjects);
        body.put("qualifications", qualifications);
        body.put("phone", phone);
        return api.post(STAFF, "/api/v1/teachers", body, 201).path("id").asText();
    }

    private void assign(String sessionId, String... teacherIds) {
        api.put(STAFF, "/api/v1/sessions/" + sessionId + "/teachers", Map.of("teacherIds", List.of(teacherIds)), 200);
    }

    private void activity(String date, String kind, String title, List<String> attendees, String minutes) {
        api.post(STAFF, "/api/v1/communities/" + COMMUNITY + "/staff-activities", Map.of("date", date, "kind", kind,
                "title", title, "attendeeTeacherIds", attendees, "minutes", minutes), 201);
    }

    private static Map<String, Object> line(String category, String amount) {
        return Map.of("category", category, "amount", new BigDecimal(amount));
    }

    private String expenditure(String date, String category, String amount, String payee, String description,
                               String programmeId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date);
        body.put("category", category);
        body.put("amount", new BigDecimal(amount));
        body.put("payee", payee);
        body.put("description", description);
        body.put("programmeId", programmeId);
        return api.post(STAFF, planPath(YEAR) + "/expenditures", body, 201).path("id").asText();
    }

    private String provider(String name, String type, int discount) {
        return api.post(STAFF, "/api/v1/providers", Map.of("name", name, "type", type, "residentDiscountPercent", discount), 201)
                .path("id").asText();
    }

    private String programme(String title, String strand, List<String> groups, Integer minAge, Integer maxAge,
                             String providerId, boolean featured, String certificateName, String fee) {
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
        body.put("fee", new BigDecimal(fee));
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
