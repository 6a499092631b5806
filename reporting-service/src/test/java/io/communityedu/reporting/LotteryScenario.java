package io.communityedu.reporting;

import io.communityedu.localstack.EventPublisher;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A lottery, as programmes-service and enrolment-service would publish it (each event checked against
 * docs/asyncapi.yaml when built). One community (10 residents, 50 % target, one featured programme
 * wanted, no budget split) runs one featured youth programme (fee 100.00, 20 % resident discount: its
 * residents pay 80.00 and save 20.00) with two LOTTERY sessions that offer freed places for 24 hours.
 * <p>
 * Session A, 3 places: r1..r7 and r9 apply, r8 applies and withdraws before the draw. The draw gives
 * r1, r2, r3 a place and waitlists r4, r5, r6, r7, r9 in that order. r1 cancels: the place is offered
 * to r4, who accepts. r2 cancels: the place is offered to r5, who declines, then to r6, whose offer
 * expires, then to r7, who has not answered yet. r9 still waits.
 * Session B, 2 places, not drawn yet: r3 (who holds a place in A) and r5 (who declined in A) apply.
 */
final class LotteryScenario {

    static final String PROGRAMME_TOPIC = SeedScenario.PROGRAMME_TOPIC;
    static final String ENROLMENT_TOPIC = SeedScenario.ENROLMENT_TOPIC;

    final int year;
    final String community = "l-" + UUID.randomUUID().toString().substring(0, 8);
    final List<SeedScenario.Sent> events = new ArrayList<>();
    private final Map<String, Long> versions = new HashMap<>();

    private final String programmeId = UUID.randomUUID().toString();
    private static final BigDecimal FEE = new BigDecimal("100.00");
    private static final BigDecimal PRICE = new BigDecimal("80.00");

    LotteryScenario(int year) {
        this.year = year;
        build();
    }

    private void build() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("communityCode", community);
        plan.put("year", year);
        plan.put("residentPopulation", 10);
        plan.put("participationTargetPercent", 50);
        plan.put("featuredProgrammeTarget", 1);
        plan.put("budget", new BigDecimal("10000.00"));
        plan.put("regularMeetingsPlanned", 12);
        plan.put("version", nextVersion("plan"));
        add(PROGRAMME_TOPIC, community, "PlanSet", plan);
        add(PROGRAMME_TOPIC, programmeId, "ProgrammeCreated", programme(nextVersion(programmeId)));

        Session a = session(3, 10);
        Session b = session(2, 6);

        String r1 = ref(), r2 = ref(), r3 = ref(), r4 = ref(), r5 = ref(), r6 = ref(), r7 = ref(), r8 = ref(),
                r9 = ref();

        // Applications to A, and one withdrawn before the draw.
        Enrolment e1 = apply(a, r1), e2 = apply(a, r2), e3 = apply(a, r3), e4 = apply(a, r4), e5 = apply(a, r5),
                e6 = apply(a, r6), e7 = apply(a, r7), e8 = apply(a, r8), e9 = apply(a, r9);
        change(e8, "EnrolmentCancelled", "CANCELLED", null, null);

        // The draw: three places, the rest waitlisted in draw order.
        int rank = 1;
        for (Enrolment drawn : List.of(e1, e2, e3, e4, e5, e6, e7, e9)) {
            change(drawn, "EnrolmentDrawn", rank <= 3 ? "CONFIRMED" : "WAITLISTED", 1, rank++);
        }

        // r1 cancels; r4 is offered the place and accepts.
        change(e1, "EnrolmentCancelled", "CANCELLED", null, null);
        offer(e4);
        change(e4, "EnrolmentAccepted", "CONFIRMED", null, null);

        // r2 cancels; r5 declines, r6 lets the offer expire, r7 has it now.
        change(e2, "EnrolmentCancelled", "CANCELLED", null, null);
        offer(e5);
        change(e5, "EnrolmentDeclined", "DECLINED", null, null);
        offer(e6);
        e6.offerExpiresAt = year + "-06-02T10:00:00Z"; // kept on EXPIRED
        change(e6, "EnrolmentExpired", "EXPIRED", null, null);
        offer(e7);

        // Applications to B, not drawn yet.
        apply(b, r3);
        apply(b, r5);
    }

    /**
     * Counted by hand from the story above.
     * enrolments: confirmed e3 (r3), e4 (r4, accepted) = 2; waitlisted r9 = 1; cancelled r1, r2, r8 = 3;
     * completed 0; applied r3 and r5 in B = 2; offered r7 = 1; declined r5 = 1; expired r6 = 1.
     * participants: r3 and r4 = 2 (r3 once, though she also applied to B; r7's offer, the applications
     * and the waiting list hold no place), of 10: 0.2000, below 50 %. featured: the one programme.
     * byStrand: youth, 1 programme, 2 sessions, 2 participants, 2 enrolments holding a place, none completed.
     * funding: nothing spent: 0.00 per participant; no plan the year before. residentSavings: 20.00 each
     * for r3 and r4 (r1's and r2's places were cancelled; offers and applications save nothing yet) = 40.00.
     */
    String expected() {
        return """
                {"communityCode": "%s", "year": %d,
                 "residentPopulation": 10, "participants": 2, "participationRate": 0.2000,
                 "participationTargetPercent": 50, "participationTargetMet": false,
                 "featuredProgrammes": 1, "featuredProgrammeTarget": 1,
                 "enrolments": {"confirmed": 2, "waitlisted": 1, "cancelled": 3, "completed": 0,
                                "applied": 2, "offered": 1, "declined": 1, "expired": 1},
                 "byStrand": [
                   {"strand": "YOUTH_DEVELOPMENT", "programmes": 1, "sessions": 2, "participants": 2,
                    "enrolments": 2, "completions": 0, "learnerHours": 0},
                   {"strand": "JOB_CAPABILITY", "programmes": 0, "sessions": 0, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0},
                   {"strand": "RESIDENT_TRAINING", "programmes": 0, "sessions": 0, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0},
                   {"strand": "SELF_EDUCATION", "programmes": 0, "sessions": 0, "participants": 0,
                    "enrolments": 0, "completions": 0, "learnerHours": 0}],
                 "budget": 10000.00, "previousYearBudget": null, "budgetIncreased": null,
                 "staff": {"teachers": {"STAFF": 0, "VOLUNTEER": 0, "INVITED": 0, "PROVIDER_STAFF": 0},
                           "regularMeetingsHeld": 0, "regularMeetingsPlanned": 12, "developmentActivities": 0},
                 "funding": {"budget": 10000.00, "spent": 0.00, "remaining": 10000.00,
                             "byCategory": [
                               {"category": "TEACHING", "budgeted": 0.00, "spent": 0.00},
                               {"category": "MATERIALS", "budgeted": 0.00, "spent": 0.00},
                               {"category": "VENUES", "budgeted": 0.00, "spent": 0.00},
                               {"category": "PUBLICITY", "budgeted": 0.00, "spent": 0.00},
                               {"category": "STAFF_DEVELOPMENT", "budgeted": 0.00, "spent": 0.00},
                               {"category": "OTHER", "budgeted": 0.00, "spent": 0.00}],
                             "spentPerParticipant": 0.00, "budgetGrowthPercent": null},
                 "residentSavings": 40.00}
                """.formatted(community, year);
    }

    void publishInOrder(EventPublisher publisher) {
        events.forEach(event -> publisher.send(event.topic(), event.key(), event.json()));
    }

    // --- what programmes-service publishes -------------------------------------------------------

    private Map<String, Object> programme(long version) {
        Map<String, Object> data = new HashMap<>();
        data.put("programmeId", programmeId);
        data.put("communityCode", community);
        data.put("year", year);
        data.put("title", "暑期夏令营");
        data.put("strand", "YOUTH_DEVELOPMENT");
        data.put("featured", true);
        data.put("status", "ACTIVE");
        data.put("targetGroups", List.of());
        data.put("minAge", null);
        data.put("maxAge", null);
        data.put("providerId", null);
        data.put("certificateName", null);
        data.put("fee", FEE);
        data.put("residentDiscountPercent", 20);
        data.put("version", version);
        return data;
    }

    private Session session(int capacity, int hours) {
        Session session = new Session(UUID.randomUUID().toString(), capacity, hours);
        Map<String, Object> data = new HashMap<>();
        data.put("sessionId", session.id);
        data.put("programmeId", programmeId);
        data.put("communityCode", community);
        data.put("year", year);
        data.put("strand", "YOUTH_DEVELOPMENT");
        data.put("featured", true);
        data.put("programmeStatus", "ACTIVE");
        data.put("targetGroups", List.of());
        data.put("minAge", null);
        data.put("maxAge", null);
        data.put("certificateName", null);
        data.put("programmeTitle", "暑期夏令营");
        data.put("title", "第一期");
        data.put("venue", "社区活动室");
        data.put("startDate", year + "-07-05");
        data.put("endDate", year + "-08-20");
        data.put("capacity", capacity);
        data.put("hours", hours);
        data.put("enrolmentOpensAt", year + "-05-01T00:00:00Z");
        data.put("enrolmentClosesAt", year + "-05-31T00:00:00Z");
        data.put("fee", FEE);
        data.put("residentDiscountPercent", 20);
        data.put("allocation", "LOTTERY");
        data.put("offerHours", 24);
        data.put("version", nextVersion(session.id));
        add(PROGRAMME_TOPIC, programmeId, "SessionScheduled", data);
        return session;
    }

    // --- what enrolment-service publishes --------------------------------------------------------

    private Enrolment apply(Session session, String residentRef) {
        Enrolment enrolment = new Enrolment(UUID.randomUUID().toString(), session, residentRef);
        change(enrolment, "EnrolmentApplied", "APPLIED", null, null);
        return enrolment;
    }

    private void offer(Enrolment enrolment) {
        enrolment.offerExpiresAt = year + "-06-02T10:00:00Z";
        change(enrolment, "EnrolmentOffered", "OFFERED", null, null);
    }

    /** Moves an enrolment to a status; the place counts against capacity while CONFIRMED, COMPLETED or OFFERED. */
    private void change(Enrolment enrolment, String type, String status, Integer drawTier, Integer drawRank) {
        String previous = enrolment.status;
        Session session = enrolment.session;
        session.placesTaken += (countsAgainstCapacity(status) ? 1 : 0) - (countsAgainstCapacity(previous) ? 1 : 0);
        if (drawRank != null) {
            enrolment.drawTier = drawTier;
            enrolment.drawRank = drawRank;
        }
        if (!"OFFERED".equals(status) && !"EXPIRED".equals(status)) {
            enrolment.offerExpiresAt = null;
        }
        enrolment.status = status;
        Map<String, Object> data = new HashMap<>();
        data.put("enrolmentId", enrolment.id);
        data.put("sessionId", session.id);
        data.put("programmeId", programmeId);
        data.put("communityCode", community);
        data.put("year", year);
        data.put("strand", "YOUTH_DEVELOPMENT");
        data.put("residentRef", enrolment.residentRef);
        data.put("residentCommunityCode", community);
        data.put("status", status);
        data.put("previousStatus", previous);
        data.put("hours", session.hours);
        data.put("placesTaken", session.placesTaken);
        data.put("capacity", session.capacity);
        data.put("fee", FEE);
        data.put("price", PRICE);
        data.put("offerExpiresAt", enrolment.offerExpiresAt);
        data.put("drawTier", enrolment.drawTier);
        data.put("drawRank", enrolment.drawRank);
        data.put("version", nextVersion(enrolment.id));
        add(ENROLMENT_TOPIC, session.id, type, data);
    }

    private static boolean countsAgainstCapacity(String status) {
        return "CONFIRMED".equals(status) || "COMPLETED".equals(status) || "OFFERED".equals(status);
    }

    private void add(String topic, String key, String type, Map<String, Object> data) {
        events.add(new SeedScenario.Sent(topic, key, type, data, EventPublisher.envelope(type, data)));
    }

    private long nextVersion(String entity) {
        return versions.merge(entity, 0L, (previous, ignored) -> previous + 1);
    }

    private static String ref() {
        return UUID.randomUUID().toString();
    }

    private static final class Session {
        final String id;
        final int capacity;
        final int hours;
        int placesTaken;

        Session(String id, int capacity, int hours) {
            this.id = id;
            this.capacity = capacity;
            this.hours = hours;
        }
    }

    private static final class Enrolment {
        final String id;
        final Session session;
        final String residentRef;
        String status;
        String offerExpiresAt;
        Integer drawTier;
        Integer drawRank;

        Enrolment(String id, Session session, String residentRef) {
            this.id = id;
            this.session = session;
            this.residentRef = residentRef;
        }
    }
}
