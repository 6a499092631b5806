package io.communityedu.reporting;

import io.communityedu.localstack.EventPublisher;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seed plan in miniature, as the events programmes-service and enrolment-service would publish
 * (each checked against docs/asyncapi.yaml when sent). Our community (9 residents, 50 % target, two
 * featured programmes wanted, budget up from 120,000.00 to 150,000.00 split over six lines, 12
 * regular meetings wanted) runs a programme in each strand; a neighbouring community runs one more.
 * Residents enrol across both, at full fee or at the provider's resident discount; places are
 * confirmed, waitlisted, promoted, cancelled and completed; a programme changes strand, another is
 * archived, a session's hours change after completion; and a programme of the year before must
 * not count. Each community has a teacher team (one teacher changes kind, one moves next door),
 * holds regular meetings and development activities (one of each in another year), and books
 * expenditures, one of them reversed.
 */
final class SeedScenario {

    static final String PROGRAMME_TOPIC = "programme-events";
    static final String ENROLMENT_TOPIC = "enrolment-events";

    /** An event ready to send: its topic, key, type, data and envelope. */
    record Sent(String topic, String key, String type, Map<String, Object> data, String json) {

        /** The same event under a new event id, as a producer publishing the same change twice would send it. */
        Sent underNewEventId() {
            return new Sent(topic, key, type, data, EventPublisher.envelope(type, data));
        }
    }

    final int year;
    final String ours = "c-" + UUID.randomUUID().toString().substring(0, 8);
    final String neighbour = "n-" + UUID.randomUUID().toString().substring(0, 8);
    final List<Sent> events = new ArrayList<>();
    private final Map<String, Long> versions = new HashMap<>();

    SeedScenario(int year) {
        this.year = year;
        build();
    }

    private void build() {
        plan(ours, year - 1, 9, 50, 2, "120000.00", null, null); // from before staff and funding: 12 meetings, no split
        plan(ours, year, 9, 50, 2, "150000.00", 12, List.of(line("TEACHING", "60000.00"), line("MATERIALS", "20000.00"),
                line("VENUES", "30000.00"), line("PUBLICITY", "10000.00"), line("STAFF_DEVELOPMENT", "25000.00"),
                line("OTHER", "5000.00")));
        plan(neighbour, year, 5, 50, 1, "80000.00", 8, List.of(line("VENUES", "50000.00"), line("OTHER", "30000.00")));
        // Its newer version says nothing of meetings or a split: 12 meetings and no split, whatever version 0 said.
        plan(neighbour, year, 5, 50, 1, "80000.00", null, null);

        Programme reading = programme(ours, year, "暑期读书征文", "YOUTH_DEVELOPMENT", true, "200.00", 20);
        Programme computing = programme(ours, year, "电脑技能培训", "RESIDENT_TRAINING", true, "99.99", 15);
        Programme parenting = programme(ours, year, "家庭教育讲座", "RESIDENT_TRAINING", false, "0.00", null);
        Programme calligraphy = programme(ours, year, "书法兴趣班", "SELF_EDUCATION", true, "300.00", 50);
        Programme neighbours = programme(neighbour, year, "老年大学", "SELF_EDUCATION", false, "80.00", 25);
        neighbours.enrolmentEventsPriced = false; // its enrolments' events come from before prices: no fee, no price
        Programme lastYear = programme(ours, year - 1, "去年的项目", "YOUTH_DEVELOPMENT", true, "100.00", 10);

        Session s1 = session(reading, 24, 2);
        Session s2 = session(computing, 40, 30);
        Session s3a = session(parenting, 6, 30);
        Session s3b = session(parenting, 4, 30);
        Session s4 = session(calligraphy, 10, 30);
        Session sn = session(neighbours, 8, 30);
        Session s0 = session(lastYear, 12, 30);

        // Residents by pseudonym: r1..r6 live in our community, n1 and n2 next door.
        String r1 = ref(), r2 = ref(), r3 = ref(), r4 = ref(), r5 = ref(), r6 = ref(), n1 = ref(), n2 = ref();

        String e1 = enrol(s1, r1, ours, "CONFIRMED", null);
        String e2 = enrol(s1, r2, ours, "CONFIRMED", null);
        String e3 = enrol(s1, r3, ours, "WAITLISTED", null);
        enrol(s1, n1, neighbour, "WAITLISTED", null);
        change(e2, s1, r2, ours, "CANCELLED", "CONFIRMED");     // frees a place...
        change(e3, s1, r3, ours, "CONFIRMED", "WAITLISTED");    // ...which r3 is promoted to
        change(e1, s1, r1, ours, "COMPLETED", "CONFIRMED");

        String e5 = enrol(s2, r1, ours, "CONFIRMED", null);
        enrol(s2, r4, ours, "CONFIRMED", null);
        enrol(s2, n2, neighbour, "CONFIRMED", null);
        change(e5, s2, r1, ours, "COMPLETED", "CONFIRMED");

        String e7 = enrol(s3a, r5, ours, "CONFIRMED", null);
        enrol(s3b, r5, ours, "CONFIRMED", null);
        change(e7, s3a, r5, ours, "COMPLETED", "CONFIRMED");

        String e9 = enrol(s4, r6, ours, "CONFIRMED", null);
        change(e9, s4, r6, ours, "CANCELLED", "CONFIRMED");

        enrol(sn, r2, ours, "CONFIRMED", null);
        enrol(sn, n2, neighbour, "CONFIRMED", null);
        enrol(s0, r6, ours, "CONFIRMED", null);

        // After the enrolments: the computer course is job capability after all, calligraphy is
        // withdrawn, and the parenting talk's first session turns out 8 hours long.
        computing.strand = "JOB_CAPABILITY";
        programmeChanged(computing);
        calligraphy.status = "ARCHIVED";
        programmeChanged(calligraphy);
        s3a.hours = 8;
        sessionChanged(s3a);

        buildStaff();
        buildLedger(reading, computing);
    }

    /**
     * Ours: 2 staff, 3 volunteers, 3 invited teachers and one volunteer who becomes an invited teacher,
     * 1 provider's teacher, and a staff member who moves next door, where one volunteer teaches already.
     */
    private void buildStaff() {
        List<Teacher> team = new ArrayList<>();
        for (String kind : List.of("STAFF", "STAFF", "VOLUNTEER", "VOLUNTEER", "VOLUNTEER", "INVITED", "INVITED",
                "INVITED", "PROVIDER_STAFF")) {
            team.add(teacher(ours, kind));
        }
        Teacher becomesInvited = teacher(ours, "VOLUNTEER");
        becomesInvited.kind = "INVITED";
        teacherChanged(becomesInvited);
        Teacher movesNextDoor = teacher(ours, "STAFF");
        movesNextDoor.community = neighbour;
        teacherChanged(movesNextDoor);
        Teacher neighboursVolunteer = teacher(neighbour, "VOLUNTEER");

        // 10 regular meetings in the year, one in January of the next; training, seminar and field visit
        // in the year, one more training in the year before.
        List<String> attendees = team.stream().limit(4).map(teacher -> teacher.id).toList();
        for (int month = 1; month <= 10; month++) {
            activity(ours, "%d-%02d-10".formatted(year, month), "REGULAR_MEETING", attendees);
        }
        activity(ours, (year + 1) + "-01-10", "REGULAR_MEETING", attendees);
        activity(ours, year + "-03-15", "TRAINING", attendees);
        activity(ours, year + "-05-20", "SEMINAR", List.of());
        activity(ours, year + "-09-08", "FIELD_VISIT", attendees);
        activity(ours, (year - 1) + "-11-03", "TRAINING", attendees);
        activity(neighbour, year + "-04-02", "REGULAR_MEETING", List.of(movesNextDoor.id, neighboursVolunteer.id));
    }

    /** Our spending: 29,200.78 in the year (a venue booking of 6,000.00 reversed), 9,999.00 the year before. */
    private void buildLedger(Programme reading, Programme computing) {
        expenditure(ours, year, year + "-02-01", "TEACHING", "12000.00", reading.id);
        expenditure(ours, year, year + "-03-01", "TEACHING", "8000.53", computing.id);
        expenditure(ours, year, year + "-03-05", "MATERIALS", "3500.25", null);
        Map<String, Object> venue = expenditure(ours, year, year + "-04-01", "VENUES", "6000.00", null);
        expenditure(ours, year, year + "-05-01", "PUBLICITY", "1200.00", null);
        expenditure(ours, year, year + "-06-01", "STAFF_DEVELOPMENT", "4500.00", null);
        reversal(venue, year + "-04-20");
        expenditure(ours, year - 1, (year - 1) + "-12-01", "TEACHING", "9999.00", null);
        expenditure(neighbour, year, year + "-07-01", "OTHER", "1000.00", null);
    }

    /**
     * Our community's statistics, counted by hand from the story above.
     * participants: r1, r2 (in the neighbour's programme), r3 (promoted), r4, r5 = 5, of 9 residents:
     * 5/9 = 0.5556 (half up), 50 % met. r6 cancelled, and last year's place does not count.
     * featured: reading and computing; calligraphy is archived = 2.
     * enrolments: confirmed e3, r4's, n2's in s2, r5's in s3b = 4; waitlisted n1 = 1; cancelled e2, e9 = 2;
     * completed e1, e5, e7 = 3.
     * strands: youth = reading (r1 completed 24 h, r3 confirmed); job = computing (r1 completed 40 h, r4,
     * n2 from next door); resident training = parenting (r5 twice, completed the 8-hour session);
     * self-education = calligraphy (its one place cancelled).
     * staff: the mover counts next door, the volunteer who became invited as invited; the meeting of the
     * next year and the training of the year before do not count.
     * funding: TEACHING 12,000.00 + 8,000.53; VENUES 6,000.00 − 6,000.00; last year's 9,999.00 not at all:
     * spent 29,200.78, remaining 120,799.22, per participant 29,200.78 / 5 = 5,840.156 → 5,840.16; growth
     * (150,000 / 120,000 − 1) × 100 = 25.0.
     * residentSavings: reading 200.00 at 20 % = 160.00 for our r1 (completed) and r3 (promoted); computing
     * 99.99 at 15 % = 84.99 for our r1 (completed) and r4; n2 from next door pays the full 99.99; r2's
     * reading place and r6's calligraphy place (300.00 at 50 %) were cancelled: 2 × 40.00 + 2 × 15.00 = 110.00.
     */
    String oursExpected() {
        return """
                {"communityCode": "%s", "year": %d,
                 "residentPopulation": 9, "participants": 5, "participationRate": 0.5556,
                 "participationTargetPercent": 50, "participationTargetMet": true,
                 "featuredProgrammes": 2, "featuredProgrammeTarget": 2,
                 "enrolments": {"confirmed": 4, "waitlisted": 1, "cancelled": 2, "completed": 3,
                               "applied": 0, "offered": 0, "declined": 0, "expired": 0},
                 "byStrand": [
                   {"strand": "YOUTH_DEVELOPMENT", "programmes": 1, "sessions": 1, "participants": 2,
                    "enrolments": 2, "completions": 1, "learnerHours": 24},
                   {"strand": "JOB_CAPABILITY", "programmes": 1, "sessions": 1, "participants": 3,
                    "enrolments": 3, "completions": 1, "learnerHours": 40},
                   {"strand": "RESIDENT_TRAINING", "programmes": 1, "sessions": 2, "participants": 1,
                    "enrolments": 2, "completions": 1, "learnerHours": 8},
                   {"strand": "SELF_EDUCATION", "programmes": 1, "sessions": 1, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0}],
                 "budget": 150000.00, "previousYearBudget": 120000.00, "budgetIncreased": true,
                 "staff": {"teachers": {"STAFF": 2, "VOLUNTEER": 3, "INVITED": 4, "PROVIDER_STAFF": 1},
                           "regularMeetingsHeld": 10, "regularMeetingsPlanned": 12, "developmentActivities": 3},
                 "funding": {"budget": 150000.00, "spent": 29200.78, "remaining": 120799.22,
                             "byCategory": [
                               {"category": "TEACHING", "budgeted": 60000.00, "spent": 20000.53},
                               {"category": "MATERIALS", "budgeted": 20000.00, "spent": 3500.25},
                               {"category": "VENUES", "budgeted": 30000.00, "spent": 0.00},
                               {"category": "PUBLICITY", "budgeted": 10000.00, "spent": 1200.00},
                               {"category": "STAFF_DEVELOPMENT", "budgeted": 25000.00, "spent": 4500.00},
                               {"category": "OTHER", "budgeted": 5000.00, "spent": 0.00}],
                             "spentPerParticipant": 5840.16, "budgetGrowthPercent": 25.0},
                 "residentSavings": 110.00}
                """.formatted(ours, year);
    }

    /**
     * The neighbour: n2 holds places (its own programme and our computer course), n1 only waits:
     * 1 of 5 = 0.2000, below 50 %. Its one programme, not featured, has r2 and n2 confirmed. No plan
     * for the year before, so no budget comparison. Its teachers: its volunteer and our former staff member;
     * one regular meeting; its newest plan has no split and no meetings (12); 1,000.00 spent for 1 participant.
     * Its enrolments' events carry no prices: nothing saved.
     */
    String neighbourExpected() {
        return """
                {"communityCode": "%s", "year": %d,
                 "residentPopulation": 5, "participants": 1, "participationRate": 0.2000,
                 "participationTargetPercent": 50, "participationTargetMet": false,
                 "featuredProgrammes": 0, "featuredProgrammeTarget": 1,
                 "enrolments": {"confirmed": 2, "waitlisted": 0, "cancelled": 0, "completed": 0,
                               "applied": 0, "offered": 0, "declined": 0, "expired": 0},
                 "byStrand": [
                   {"strand": "YOUTH_DEVELOPMENT", "programmes": 0, "sessions": 0, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0},
                   {"strand": "JOB_CAPABILITY", "programmes": 0, "sessions": 0, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0},
                   {"strand": "RESIDENT_TRAINING", "programmes": 0, "sessions": 0, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0},
                   {"strand": "SELF_EDUCATION", "programmes": 1, "sessions": 1, "participants": 2,
                    "enrolments": 2, "completions": 0, "learnerHours": 0}],
                 "budget": 80000.00, "previousYearBudget": null, "budgetIncreased": null,
                 "staff": {"teachers": {"STAFF": 1, "VOLUNTEER": 1, "INVITED": 0, "PROVIDER_STAFF": 0},
                           "regularMeetingsHeld": 1, "regularMeetingsPlanned": 12, "developmentActivities": 0},
                 "funding": {"budget": 80000.00, "spent": 1000.00, "remaining": 79000.00,
                             "byCategory": [
                               {"category": "TEACHING", "budgeted": 0.00, "spent": 0.00},
                               {"category": "MATERIALS", "budgeted": 0.00, "spent": 0.00},
                               {"category": "VENUES", "budgeted": 0.00, "spent": 0.00},
                               {"category": "PUBLICITY", "budgeted": 0.00, "spent": 0.00},
                               {"category": "STAFF_DEVELOPMENT", "budgeted": 0.00, "spent": 0.00},
                               {"category": "OTHER", "budgeted": 0.00, "spent": 1000.00}],
                             "spentPerParticipant": 1000.00, "budgetGrowthPercent": null},
                 "residentSavings": 0.00}
                """.formatted(neighbour, year);
    }

    /** The district summary of the year: both communities, by code, with the same numbers as their reports. */
    String districtExpected() {
        return """
                {"year": %d, "communities": [%s, %s]}
                """.formatted(year, firstByCode() ? oursRow() : neighbourRow(), firstByCode() ? neighbourRow() : oursRow());
    }

    String districtCsvExpected() {
        String ours = this.ours + ",9,5,0.5556,true,2,150000.00,true,29200.78,10\r\n";
        String neighbour = this.neighbour + ",5,1,0.2000,false,0,80000.00,,1000.00,1\r\n";
        return "communityCode,residentPopulation,participants,participationRate,participationTargetMet,"
                + "featuredProgrammes,budget,budgetIncreased,spent,regularMeetingsHeld\r\n"
                + (firstByCode() ? ours + neighbour : neighbour + ours);
    }

    private String oursRow() {
        return """
                {"communityCode": "%s", "residentPopulation": 9, "participants": 5, "participationRate": 0.5556,
                 "participationTargetMet": true, "featuredProgrammes": 2, "budget": 150000.00, "budgetIncreased": true,
                 "spent": 29200.78, "regularMeetingsHeld": 10}""".formatted(ours);
    }

    private String neighbourRow() {
        return """
                {"communityCode": "%s", "residentPopulation": 5, "participants": 1, "participationRate": 0.2000,
                 "participationTargetMet": false, "featuredProgrammes": 0, "budget": 80000.00, "budgetIncreased": null,
                 "spent": 1000.00, "regularMeetingsHeld": 1}""".formatted(neighbour);
    }

    /** Whether our community comes first in the district summary (the codes are random). */
    private boolean firstByCode() {
        return ours.compareTo(neighbour) < 0;
    }

    void publishInOrder(EventPublisher publisher) {
        events.forEach(event -> publisher.send(event.topic(), event.key(), event.json()));
    }

    // --- what programmes-service publishes -------------------------------------------------------

    /** Meetings planned and budget lines null: left out, as in a PlanSet from before staff and funding. */
    private void plan(String community, int planYear, int population, int target, int featuredTarget, String budget,
                      Integer regularMeetingsPlanned, List<Map<String, Object>> budgetLines) {
        Map<String, Object> data = new HashMap<>();
        data.put("communityCode", community);
        data.put("year", planYear);
        data.put("residentPopulation", population);
        data.put("participationTargetPercent", target);
        data.put("featuredProgrammeTarget", featuredTarget);
        data.put("budget", new BigDecimal(budget));
        if (regularMeetingsPlanned != null) {
            data.put("regularMeetingsPlanned", regularMeetingsPlanned);
        }
        if (budgetLines != null) {
            data.put("budgetLines", budgetLines);
        }
        data.put("version", nextVersion(community + "/" + planYear));
        add(PROGRAMME_TOPIC, community, "PlanSet", data);
    }

    private static Map<String, Object> line(String category, String amount) {
        return Map.of("category", category, "amount", new BigDecimal(amount));
    }

    /** A resident discount needs a provider: null without one. */
    private Programme programme(String community, int programmeYear, String title, String strand, boolean featured,
                                String fee, Integer residentDiscountPercent) {
        Programme programme = new Programme(UUID.randomUUID().toString(), community, programmeYear, title, strand, featured,
                new BigDecimal(fee), residentDiscountPercent);
        add(PROGRAMME_TOPIC, programme.id, "ProgrammeCreated", programme.data(nextVersion(programme.id)));
        return programme;
    }

    private void programmeChanged(Programme programme) {
        add(PROGRAMME_TOPIC, programme.id, "ProgrammeChanged", programme.data(nextVersion(programme.id)));
    }

    private Session session(Programme programme, int hours, int capacity) {
        Session session = new Session(UUID.randomUUID().toString(), programme, hours, capacity);
        add(PROGRAMME_TOPIC, programme.id, "SessionScheduled", session.data(nextVersion(session.id)));
        return session;
    }

    private void sessionChanged(Session session) {
        add(PROGRAMME_TOPIC, session.programme.id, "SessionChanged", session.data(nextVersion(session.id)));
    }

    private Teacher teacher(String community, String kind) {
        Teacher teacher = new Teacher(UUID.randomUUID().toString(), community, kind);
        add(PROGRAMME_TOPIC, teacher.id, "TeacherRegistered", teacher.data(nextVersion(teacher.id)));
        return teacher;
    }

    private void teacherChanged(Teacher teacher) {
        add(PROGRAMME_TOPIC, teacher.id, "TeacherChanged", teacher.data(nextVersion(teacher.id)));
    }

    private void activity(String community, String date, String kind, List<String> attendeeTeacherIds) {
        add(PROGRAMME_TOPIC, community, "StaffActivityRecorded", Map.of("activityId", UUID.randomUUID().toString(),
                "communityCode", community, "year", Integer.parseInt(date.substring(0, 4)), "date", date, "kind", kind,
                "attendeeTeacherIds", attendeeTeacherIds));
    }

    /** Books an expenditure in the plan year's ledger; returns its entry to reverse it by. */
    private Map<String, Object> expenditure(String community, int planYear, String date, String category, String amount,
                                            String programmeId) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("entryId", UUID.randomUUID().toString());
        entry.put("communityCode", community);
        entry.put("year", planYear);
        entry.put("date", date);
        entry.put("category", category);
        entry.put("amount", new BigDecimal(amount));
        entry.put("programmeId", programmeId);
        entry.put("reversalOf", null);
        add(PROGRAMME_TOPIC, community, "ExpenditureBooked", entry);
        return entry;
    }

    /** The negative entry that reverses an expenditure: same category and programme. */
    private void reversal(Map<String, Object> expenditure, String date) {
        Map<String, Object> entry = new HashMap<>(expenditure);
        entry.put("entryId", UUID.randomUUID().toString());
        entry.put("date", date);
        entry.put("amount", ((BigDecimal) expenditure.get("amount")).negate());
        entry.put("reversalOf", expenditure.get("entryId"));
        add(PROGRAMME_TOPIC, (String) expenditure.get("communityCode"), "ExpenditureReversed", entry);
    }

    // --- what enrolment-service publishes --------------------------------------------------------

    private String enrol(Session session, String residentRef, String residentCommunity, String status, String previous) {
        String enrolmentId = UUID.randomUUID().toString();
        change(enrolmentId, session, residentRef, residentCommunity, status, previous);
        return enrolmentId;
    }

    private void change(String enrolmentId, Session session, String residentRef, String residentCommunity,
                        String status, String previous) {
        boolean held = "CONFIRMED".equals(previous) || "COMPLETED".equals(previous);
        boolean holds = "CONFIRMED".equals(status) || "COMPLETED".equals(status);
        session.placesTaken += (holds ? 1 : 0) - (held ? 1 : 0);
        Map<String, Object> data = new HashMap<>();
        data.put("enrolmentId", enrolmentId);
        data.put("sessionId", session.id);
        data.put("programmeId", session.programme.id);
        data.put("communityCode", session.programme.community);
        data.put("year", session.programme.year);
        data.put("strand", session.programme.strand);
        data.put("residentRef", residentRef);
        data.put("residentCommunityCode", residentCommunity);
        data.put("status", status);
        data.put("previousStatus", previous);
        data.put("hours", session.hours);
        data.put("placesTaken", session.placesTaken);
        data.put("capacity", session.capacity);
        if (session.programme.enrolmentEventsPriced) {
            data.put("fee", session.programme.fee);
            data.put("price", session.programme.price(residentCommunity));
        }
        data.put("version", nextVersion(enrolmentId));
        String type = previous == null
                ? ("CONFIRMED".equals(status) ? "EnrolmentConfirmed" : "EnrolmentWaitlisted")
                : switch (status) {
                    case "CONFIRMED" -> "EnrolmentPromoted";
                    case "CANCELLED" -> "EnrolmentCancelled";
                    default -> "EnrolmentCompleted";
                };
        add(ENROLMENT_TOPIC, session.id, type, data);
    }

    private void add(String topic, String key, String type, Map<String, Object> data) {
        events.add(new Sent(topic, key, type, data, EventPublisher.envelope(type, data)));
    }

    private long nextVersion(String entity) {
        return versions.merge(entity, 0L, (previous, ignored) -> previous + 1); // from 0, as JPA versions count
    }

    private static String ref() {
        return UUID.randomUUID().toString();
    }

    private static final class Programme {
        final String id;
        final String community;
        final int year;
        final String title;
        final boolean featured;
        final BigDecimal fee;
        final Integer residentDiscountPercent;
        String strand;
        String status = "ACTIVE";
        boolean enrolmentEventsPriced = true;

        Programme(String id, String community, int year, String title, String strand, boolean featured, BigDecimal fee,
                  Integer residentDiscountPercent) {
            this.id = id;
            this.community = community;
            this.year = year;
            this.title = title;
            this.strand = strand;
            this.featured = featured;
            this.fee = fee;
            this.residentDiscountPercent = residentDiscountPercent;
        }

        /** The fee, less the provider's discount for residents of the programme's community (half up to 0.01). */
        BigDecimal price(String residentCommunity) {
            if (residentDiscountPercent == null || !community.equals(residentCommunity)) {
                return fee;
            }
            return fee.multiply(BigDecimal.valueOf(100 - residentDiscountPercent))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }

        Map<String, Object> data(long version) {
            Map<String, Object> data = new HashMap<>();
            data.put("programmeId", id);
            data.put("communityCode", community);
            data.put("year", year);
            data.put("title", title);
            data.put("strand", strand);
            data.put("featured", featured);
            data.put("status", status);
            data.put("targetGroups", List.of());
            data.put("minAge", null);
            data.put("maxAge", null);
            data.put("providerId", null);
            data.put("certificateName", null);
            data.put("fee", fee);
            data.put("residentDiscountPercent", residentDiscountPercent);
            data.put("version", version);
            return data;
        }
    }

    private static final class Session {
        final String id;
        final Programme programme;
        final int capacity;
        int hours;
        int placesTaken;

        Session(String id, Programme programme, int hours, int capacity) {
            this.id = id;
            this.programme = programme;
            this.hours = hours;
            this.capacity = capacity;
        }

        Map<String, Object> data(long version) {
            Map<String, Object> data = new HashMap<>();
            data.put("sessionId", id);
            data.put("programmeId", programme.id);
            data.put("communityCode", programme.community);
            data.put("year", programme.year);
            data.put("strand", programme.strand);
            data.put("featured", programme.featured);
            data.put("programmeStatus", programme.status);
            data.put("targetGroups", List.of());
            data.put("minAge", null);
            data.put("maxAge", null);
            data.put("certificateName", null);
            data.put("programmeTitle", "社区读书会");
            data.put("title", "第一期");
            data.put("venue", "社区活动室");
            data.put("startDate", programme.year + "-07-05");
            data.put("endDate", programme.year + "-08-20");
            data.put("capacity", capacity);
            data.put("hours", hours);
            data.put("enrolmentOpensAt", null);
            data.put("enrolmentClosesAt", null);
            data.put("fee", programme.fee);
            data.put("residentDiscountPercent", programme.residentDiscountPercent);
            data.put("version", version);
            return data;
        }
    }

    private static final class Teacher {
        final String id;
        final String providerId;
        String community;
        String kind;

        Teacher(String id, String community, String kind) {
            this.id = id;
            this.community = community;
            this.kind = kind;
            this.providerId = "PROVIDER_STAFF".equals(kind) ? UUID.randomUUID().toString() : null;
        }

        Map<String, Object> data(long version) {
            Map<String, Object> data = new HashMap<>();
            data.put("teacherId", id);
            data.put("communityCode", community);
            data.put("kind", kind);
            data.put("providerId", providerId);
            data.put("version", version);
            return data;
        }
    }
}
