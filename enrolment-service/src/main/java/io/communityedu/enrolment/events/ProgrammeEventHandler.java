package io.communityedu.enrolment.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.communityedu.enrolment.config.EnrolmentConfig;
import io.communityedu.enrolment.domain.Allocation;
import io.communityedu.enrolment.domain.CommunityReplica;
import io.communityedu.enrolment.domain.ProgrammeStatus;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.domain.Strand;
import io.communityedu.enrolment.domain.TargetGroup;
import io.communityedu.enrolment.persistence.CommunityReplicaRepository;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.SessionReplicaRepository;
import io.communityedu.support.inbox.EventHandler;
import io.communityedu.support.inbox.IncomingEvent;
import io.communityedu.support.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps this service's copy of communities and sessions from programme-events, so enrolments are
 * decided here even while programmes-service is down. Snapshots older than the copy are ignored.
 * A session that now has free places (capacity raised) takes from its waitlist at once. A new fee
 * or discount only prices enrolments made from then on. Residents holding a place hear of new dates, venue or
 * programme status.
 */
@ApplicationScoped
public class ProgrammeEventHandler implements EventHandler {

    private final EnrolmentConfig config;
    private final CommunityReplicaRepository communities;
    private final SessionReplicaRepository sessions;
    private final WaitlistPromotion waitlists;
    private final ResidentNotices notifications;
    private final LotteryDraws draws;
    private final EnrolmentRepository places;

    public ProgrammeEventHandler(EnrolmentConfig config, CommunityReplicaRepository communities,
                                 SessionReplicaRepository sessions, WaitlistPromotion waitlists,
                                 ResidentNotices notifications, LotteryDraws draws,
                                 EnrolmentRepository places) {
        this.config = config;
        this.communities = communities;
        this.sessions = sessions;
        this.waitlists = waitlists;
        this.notifications = notifications;
        this.draws = draws;
        this.places = places;
    }

    @Override
    public String topic() {
        return config.programmeTopic();
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case "CommunityRegistered" -> communityRegistered(event.data());
            case "SessionScheduled", "SessionChanged" -> sessionSet(event.data());
            case "ProgrammeChanged" -> programmeChanged(event.data());
            default -> { } // not needed here
        }
    }

    private void communityRegistered(JsonNode data) {
        String code = data.get("communityCode").asText();
        CommunityReplica community = communities.findByIdOptional(code).orElse(null);
        boolean created = community == null;
        if (created) {
            community = new CommunityReplica();
            community.code = code;
        }
        community.name = data.get("name").asText();
        community.updatedAt = Timestamps.now();
        if (created) {
            communities.persist(community);
        }
    }

    private void sessionSet(JsonNode data) {
        String sessionId = data.get("sessionId").asText();
        long version = data.get("version").asLong();
        SessionReplica session = sessions.lock(sessionId).orElse(null);
        if (session != null && session.sessionVersion >= version) {
            return;
        }
        SessionFacts before = session == null ? null : SessionFacts.of(session);
        boolean created = session == null;
        if (created) {
            session = new SessionReplica();
            session.sessionId = sessionId;
        }
        session.sessionVersion = version;
        session.programmeId = data.get("programmeId").asText();
        session.title = data.get("title").asText();
        session.programmeTitle = text(data.get("programmeTitle"));
        session.venue = text(data.get("venue"));
        session.startDate = LocalDate.parse(data.get("startDate").asText());
        session.endDate = LocalDate.parse(data.get("endDate").asText());
        session.capacity = data.get("capacity").asInt();
        session.hours = data.get("hours").asInt();
        session.enrolmentOpensAt = instant(data.get("enrolmentOpensAt"));
        session.enrolmentClosesAt = instant(data.get("enrolmentClosesAt"));
        session.allocation = allocation(session, created, data);
        session.offerHours = data.hasNonNull("offerHours") ? data.get("offerHours").asInt() : null;
        applyProgrammeFacts(session, data, data.get("programmeStatus"));
        session.updatedAt = Timestamps.now();
        if (created) {
            sessions.persist(session);
        }
        notifications.sessionChanged(before, session);
        waitlists.promoteWhilePlacesFree(session);
    }

    private void programmeChanged(JsonNode data) {
        long version = data.get("version").asLong();
        for (SessionReplica session : sessions.lockOfProgramme(data.get("programmeId").asText())) {
            if (session.programmeVersion < version) {
                SessionFacts before = SessionFacts.of(session);
                session.programmeVersion = version;
                applyProgrammeFacts(session, data, data.get("status"));
                session.programmeTitle = text(data.get("title"));
                session.updatedAt = Timestamps.now();
                notifications.sessionChanged(before, session);
            }
        }
    }

    private static void applyProgrammeFacts(SessionReplica session, JsonNode data, JsonNode status) {
        session.communityCode = data.get("communityCode").asText();
        session.year = data.get("year").asInt();
        session.strand = Strand.valueOf(data.get("strand").asText());
        session.featured = data.get("featured").asBoolean();
        session.programmeStatus = ProgrammeStatus.valueOf(status.asText());
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        data.get("targetGroups").forEach(g -> groups.add(TargetGroup.valueOf(g.asText())));
        session.targetGroups = groups;
        session.minAge = data.hasNonNull("minAge") ? data.get("minAge").asInt() : null;
        session.maxAge = data.hasNonNull("maxAge") ? data.get("maxAge").asInt() : null;
        session.certificateName = data.hasNonNull("certificateName") ? data.get("certificateName").asText() : null;
        // Older events carry neither: no fee, no discount (docs/asyncapi.yaml).
        session.fee = (data.hasNonNull("fee") ? data.get("fee").decimalValue() : BigDecimal.ZERO)
                .setScale(2, RoundingMode.HALF_UP);
        session.residentDiscountPercent = data.hasNonNull("residentDiscountPercent")
                ? data.get("residentDiscountPercent").asInt() : null;
    }

    /**
     * The allocation the event names, unless places are already given another way: a session whose draw has begun
     * stays a lottery (its applications wait for it), and one holding first-come places stays first come.
     * programmes-service refuses such switches; this guards against one that raced the first enrolment.
     */
    private Allocation allocation(SessionReplica session, boolean created, JsonNode data) {
        Allocation named = data.hasNonNull("allocation") ? Allocation.valueOf(data.get("allocation").asText())
                : Allocation.FIRST_COME;
        if (created || named == session.allocation) {
            return named;
        }
        if (draws.begun(session.sessionId)) {
            return Allocation.LOTTERY;
        }
        return places.anyHeld(session.sessionId) ? session.allocation : named;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode value) {
        return value == null || value.isNull() ? null : Instant.parse(value.asText());
    }
}
