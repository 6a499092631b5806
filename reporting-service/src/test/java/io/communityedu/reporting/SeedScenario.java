package io.communityedu.reporting;

import io.communityedu.localstack.EventPublisher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seed plan in miniature, as the events programmes-service and enrolment-service would publish
 * (each checked against docs/asyncapi.yaml when sent). Our community (9 residents, 50 % target, two
 * featured programmes wanted, budget up from 120,000.00 to 150,000.00) runs a programme in each
 * strand; a neighbouring community runs one more. Residents enrol across both; places are
 * confirmed, waitlisted, promoted, cancelled and completed; a programme changes strand, another is
 * archived, a session's hours change after completion; and a programme of the year before must
 * not count.
 */
final class SeedScenario {

    static final String PROGRAMME_TOPIC = "programme-events";
    static final String ENROLMENT_TOPIC = "enrolment-events";

    /** An event ready to send: its topic, key and envelope. */
    record Sent(String topic, String key, String json) {
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
        plan(ours, year - 1, 9, 50, 2, "120000.00");
        plan(ours, year, 9, 50, 2, "150000.00");
        plan(neighbour, year, 5, 50, 1, "80000.00");

        Programme reading = programme(ours, year, "暑期读书征文", "YOUTH_DEVELOPMENT", true);
        Programme computing = programme(ours, year, "电脑技能培训", "RESIDENT_TRAINING", true);
        Programme parenting = programme(ours, year, "家庭教育讲座", "RESIDENT_TRAINING", false);
        Programme calligraphy = programme(ours, year, "书法兴趣班", "SELF_EDUCATION", true);
        Programme neighbours = programme(neighbour, year, "老年大学", "SELF_EDUCATION", false);
        Programme lastYear = programme(ours, year - 1, "去年的项目", "YOUTH_DEVELOPMENT", true);

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
     */
    String oursExpected() {
        return """
                {"communityCode": "%s", "year": %d,
                 "residentPopulation": 9, "participants": 5, "participationRate": 0.5556,
                 "participationTargetPercent": 50, "participationTargetMet": true,
                 "featuredProgrammes": 2, "featuredProgrammeTarget": 2,
                 "enrolments": {"confirmed": 4, "waitlisted": 1, "cancelled": 2, "completed": 3},
                 "byStrand": [
                   {"strand": "YOUTH_DEVELOPMENT", "programmes": 1, "sessions": 1, "participants": 2,
                    "enrolments": 2, "completions": 1, "learnerHours": 24},
                   {"strand": "JOB_CAPABILITY", "programmes": 1, "sessions": 1, "participants": 3,
                    "enrolments": 3, "completions": 1, "learnerHours": 40},
                   {"strand": "RESIDENT_TRAINING", "programmes": 1, "sessions": 2, "participants": 1,
                    "enrolments": 2, "completions": 1, "learnerHours": 8},
                   {"strand": "SELF_EDUCATION", "programmes": 1, "sessions": 1, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0}],
                 "budget": 150000.00, "previousYearBudget": 120000.00, "budgetIncreased": true}
                """.formatted(ours, year);
    }

    /**
     * The neighbour: n2 holds places (its own programme and our computer course), n1 only waits:
     * 1 of 5 = 0.2000, below 50 %. Its one programme, not featured, has r2 and n2 confirmed. No plan
     * for the year before, so no budget comparison.
     */
    String neighbourExpected() {
        return """
                {"communityCode": "%s", "year": %d,
                 "residentPopulation": 5, "participants": 1, "participationRate": 0.2000,
                 "participationTargetPercent": 50, "participationTargetMet": false,
                 "featuredProgrammes": 0, "featuredProgrammeTarget": 1,
                 "enrolments": {"confirmed": 2, "waitlisted": 0, "cancelled": 0, "completed": 0},
                 "byStrand": [
                   {"strand": "YOUTH_DEVELOPMENT", "programmes": 0, "sessions": 0, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0},
                   {"strand": "JOB_CAPABILITY", "programmes": 0, "sessions": 0, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0},
                   {"strand": "RESIDENT_TRAINING", "programmes": 0, "sessions": 0, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0},
                   {"strand": "SELF_EDUCATION", "programmes": 1, "sessions": 1, "participants": 2,
                    "enrolments": 2, "completions": 0, "learnerHours": 0}],
                 "budget": 80000.00, "previousYearBudget": null, "budgetIncreased": null}
                """.formatted(neighbour, year);
    }

    void publishInOrder(EventPublisher publisher) {
        events.forEach(event -> publisher.send(event.topic(), event.key(), event.json()));
    }

    // --- what programmes-service publishes -------------------------------------------------------

    private void plan(String community, int planYear, int population, int target, int featuredTarget, String budget) {
        Map<String, Object> data = new HashMap<>();
        data.put("communityCode", community);
        data.put("year", planYear);
        data.put("residentPopulation", population);
        data.put("participationTargetPercent", target);
        data.put("featuredProgrammeTarget", featuredTarget);
        data.put("budget", new java.math.BigDecimal(budget));
        data.put("version", nextVersion(community + "/" + planYear));
        add(PROGRAMME_TOPIC, community, "PlanSet", data);
    }

    private Programme programme(String community, int programmeYear, String title, String strand, boolean featured) {
        Programme programme = new Programme(UUID.randomUUID().toString(), community, programmeYear, title, strand, featured);
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
        events.add(new Sent(topic, key, EventPublisher.envelope(type, data)));
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
        String strand;
        String status = "ACTIVE";

        Programme(String id, String community, int year, String title, String strand, boolean featured) {
            this.id = id;
            this.community = community;
            this.year = year;
            this.title = title;
            this.strand = strand;
            this.featured = featured;
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
            data.put("fee", 0);
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
            data.put("version", version);
            return data;
        }
    }
}
