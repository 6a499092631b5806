package io.communityedu.bench;

import io.communityedu.localstack.EventPublisher;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A district's year as synthetic events, in the envelopes of docs/asyncapi.yaml, generated as a
 * stream (never all in memory) together with the statistics they must produce. Communities have a
 * plan (half also one for the year before), programmes in every strand (some featured, some
 * archived after their enrolments), sessions; residents enrol mostly at home and sometimes next
 * door; each session confirms up to its capacity and waitlists the rest; then some confirmed
 * places are completed and some cancelled.
 */
public final class DistrictDataSet {

    static final String PROGRAMME_TOPIC = "programme-events";
    static final String ENROLMENT_TOPIC = "enrolment-events";

    /** Receives each event as it is generated. */
    public interface Sink {
        void event(String topic, String key, String json);
    }

    final int year;
    final int communities;
    final int enrolments;
    final int programmesPerCommunity;
    final int sessionsPerProgramme;
    final int residentsPerCommunity;
    final List<CommunityExpectation> expected = new ArrayList<>();
    long events;
    long initialEnrolmentEvents;
    long followUpEvents;
    private final Random random;
    private final long idSpace;

    public DistrictDataSet(int year, int communities, int enrolments, int programmesPerCommunity, int sessionsPerProgramme,
                           int residentsPerCommunity, long seed) {
        this.year = year;
        this.communities = communities;
        this.enrolments = enrolments;
        this.programmesPerCommunity = programmesPerCommunity;
        this.sessionsPerProgramme = sessionsPerProgramme;
        this.residentsPerCommunity = residentsPerCommunity;
        this.random = new Random(seed);
        this.idSpace = seed * 1_000_003L;
    }

    public void generate(Sink sink) {
        int sessionCount = communities * programmesPerCommunity * sessionsPerProgramme;
        int perSession = enrolments / sessionCount;
        int remainder = enrolments % sessionCount;
        // About one in ten waitlisted.
        int capacity = Math.max(1, (int) Math.ceil(perSession * 0.9));
        List<Map<String, Object>> archiveLater = new ArrayList<>();
        int sessionIndex = 0;
        for (int c = 0; c < communities; c++) {
            CommunityExpectation community = new CommunityExpectation(String.format("district-%03d", c));
            expected.add(community);
            community.residentPopulation = residentsPerCommunity * 2 + (c * 37) % 1000;
            community.participationTargetPercent = 20 + c % 40;
            community.featuredProgrammeTarget = 2;
            community.budget = new BigDecimal(100_000 + c * 1000).setScale(2);
            if (c % 2 == 0) {
                community.previousYearBudget = community.budget.add(new BigDecimal(c % 4 == 0 ? -5000 : 5000));
                plan(sink, community, year - 1, community.previousYearBudget);
            }
            plan(sink, community, year, community.budget);
        }
        // Programmes and sessions first, as programmes-service would have published them before any enrolment.
        List<Object[]> sessions = new ArrayList<>();
        for (int c = 0; c < communities; c++) {
            CommunityExpectation community = expected.get(c);
            for (int p = 0; p < programmesPerCommunity; p++) {
                int strand = p % 4;
                boolean featured = p < 1 + c % 3;
                boolean archived = p == programmesPerCommunity - 1 && c % 5 == 0;
                Map<String, Object> programme = programme(id(), community.code, strand, featured);
                sink.event(PROGRAMME_TOPIC, (String) programme.get("programmeId"), EventPublisher.envelope("ProgrammeCreated", programme));
                events++;
                community.strandProgrammes[strand]++;
                if (featured && !archived) {
                    community.featuredProgrammes++;
                }
                if (archived) {
                    archiveLater.add(programme);
                }
                for (int s = 0; s < sessionsPerProgramme; s++) {
                    int hours = 2 + sessionIndex % 20;
                    Map<String, Object> session = session(id(), programme, hours, capacity);
                    sink.event(PROGRAMME_TOPIC, (String) programme.get("programmeId"), EventPublisher.envelope("SessionScheduled", session));
                    events++;
                    community.strandSessions[strand]++;
                    sessions.add(new Object[]{session, c, strand, hours});
                    sessionIndex++;
                }
            }
        }
        for (int i = 0; i < sessions.size(); i++) {
            Object[] s = sessions.get(i);
            @SuppressWarnings("unchecked")
            Map<String, Object> session = (Map<String, Object>) s[0];
            enrolIn(sink, session, (int) s[1], (int) s[2], (int) s[3], capacity, perSession + (i < remainder ? 1 : 0));
        }
        for (Map<String, Object> programme : archiveLater) {
            programme.put("status", "ARCHIVED");
            programme.put("version", 1);
            sink.event(PROGRAMME_TOPIC, (String) programme.get("programmeId"), EventPublisher.envelope("ProgrammeChanged", programme));
            events++;
        }
    }

    private void enrolIn(Sink sink, Map<String, Object> session, int c, int strand, int hours, int capacity, int count) {
        CommunityExpectation community = expected.get(c);
        Set<Integer> taken = new HashSet<>();
        int[] residents = new int[count];
        String[] ids = new String[count];
        String[] status = new String[count];
        int placesTaken = 0;
        for (int k = 0; k < count; k++) {
            int resident;
            do {
                resident = random.nextInt(10) == 0 ? random.nextInt(communities * residentsPerCommunity)
                        : c * residentsPerCommunity + random.nextInt(residentsPerCommunity);
            } while (!taken.add(resident));
            residents[k] = resident;
            ids[k] = id();
            status[k] = placesTaken < capacity ? "CONFIRMED" : "WAITLISTED";
            if (status[k].equals("CONFIRMED")) {
                placesTaken++;
            }
            sink.event(ENROLMENT_TOPIC, (String) session.get("sessionId"), enrolment(session, ids[k], resident, status[k], null,
                    hours, placesTaken, capacity, 0, status[k].equals("CONFIRMED") ? "EnrolmentConfirmed" : "EnrolmentWaitlisted"));
            events++;
            initialEnrolmentEvents++;
        }
        for (int k = 0; k < count; k++) {
            if (!status[k].equals("CONFIRMED")) {
                continue;
            }
            int roll = random.nextInt(100);
            if (roll < 20) {
                status[k] = "COMPLETED";
                sink.event(ENROLMENT_TOPIC, (String) session.get("sessionId"), enrolment(session, ids[k], residents[k], "COMPLETED",
                        "CONFIRMED", hours, placesTaken, capacity, 1, "EnrolmentCompleted"));
            } else if (roll < 25) {
                status[k] = "CANCELLED";
                placesTaken--;
                sink.event(ENROLMENT_TOPIC, (String) session.get("sessionId"), enrolment(session, ids[k], residents[k], "CANCELLED",
                        "CONFIRMED", hours, placesTaken, capacity, 1, "EnrolmentCancelled"));
            } else {
                continue;
            }
            events++;
            followUpEvents++;
        }
        for (int k = 0; k < count; k++) {
            int index = CommunityExpectation.statusIndex(status[k]);
            community.enrolments[index]++;
            boolean holds = index == 0 || index == 3;
            if (holds) {
                expected.get(residents[k] / residentsPerCommunity).participants.set(residents[k]);
                community.strandParticipants[strand].set(residents[k]);
                community.strandEnrolments[strand]++;
            }
            if (index == 3) {
                community.strandCompletions[strand]++;
                community.strandLearnerHours[strand] += hours;
            }
        }
    }

    private void plan(Sink sink, CommunityExpectation community, int planYear, BigDecimal budget) {
        Map<String, Object> data = new HashMap<>();
        data.put("communityCode", community.code);
        data.put("year", planYear);
        data.put("residentPopulation", community.residentPopulation);
        data.put("participationTargetPercent", community.participationTargetPercent);
        data.put("featuredProgrammeTarget", community.featuredProgrammeTarget);
        data.put("budget", budget);
        data.put("version", 0);
        sink.event(PROGRAMME_TOPIC, community.code, EventPublisher.envelope("PlanSet", data));
        events++;
    }

    private Map<String, Object> programme(String id, String code, int strand, boolean featured) {
        Map<String, Object> data = new HashMap<>();
        data.put("programmeId", id);
        data.put("communityCode", code);
        data.put("year", year);
        data.put("title", "项目 " + id.substring(0, 8));
        data.put("strand", CommunityExpectation.STRANDS[strand]);
        data.put("featured", featured);
        data.put("status", "ACTIVE");
        data.put("targetGroups", List.of());
        data.put("minAge", null);
        data.put("maxAge", null);
        data.put("providerId", null);
        data.put("certificateName", null);
        data.put("fee", 0);
        data.put("version", 0);
        return data;
    }

    private Map<String, Object> session(String id, Map<String, Object> programme, int hours, int capacity) {
        Map<String, Object> data = new HashMap<>();
        data.put("sessionId", id);
        data.put("programmeId", programme.get("programmeId"));
        data.put("communityCode", programme.get("communityCode"));
        data.put("year", year);
        data.put("strand", programme.get("strand"));
        data.put("featured", programme.get("featured"));
        data.put("programmeStatus", "ACTIVE");
        data.put("targetGroups", List.of());
        data.put("minAge", null);
        data.put("maxAge", null);
        data.put("certificateName", null);
        data.put("programmeTitle", programme.get("title"));
        data.put("title", "第一期");
        data.put("venue", "社区活动室");
        data.put("startDate", year + "-07-05");
        data.put("endDate", year + "-08-20");
        data.put("capacity", capacity);
        data.put("hours", hours);
        data.put("enrolmentOpensAt", null);
        data.put("enrolmentClosesAt", null);
        data.put("version", 0);
        return data;
    }

    private String enrolment(Map<String, Object> session, String enrolmentId, int resident, String status, String previous,
                             int hours, int placesTaken, int capacity, int version, String type) {
        Map<String, Object> data = new HashMap<>();
        data.put("enrolmentId", enrolmentId);
        data.put("sessionId", session.get("sessionId"));
        data.put("programmeId", session.get("programmeId"));
        data.put("communityCode", session.get("communityCode"));
        data.put("year", year);
        data.put("strand", session.get("strand"));
        data.put("residentRef", new UUID(idSpace + 7, resident).toString());
        data.put("residentCommunityCode", expected.get(resident / residentsPerCommunity).code);
        data.put("status", status);
        data.put("previousStatus", previous);
        data.put("hours", hours);
        data.put("placesTaken", placesTaken);
        data.put("capacity", capacity);
        data.put("version", version);
        return EventPublisher.envelope(type, data);
    }

    private String id() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
