package io.communityedu.enrolment.draws;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.domain.ProgrammeStatus;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.events.EnrolmentEvents;
import io.communityedu.enrolment.events.EnrolmentSnapshot;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.enrolment.persistence.SessionReplicaRepository;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lottery draws (API.md "Oversubscribed sessions"). A draw runs under the session's row lock and checks under it
 * that it has not run, so it runs exactly once whoever asks (staff, the scheduler, any instance).
 */
@ApplicationScoped
@Transactional
public class DrawService {

    public static final String NOT_A_LOTTERY = "NOT_A_LOTTERY";
    public static final String ENROLMENT_STILL_OPEN = "ENROLMENT_STILL_OPEN";
    public static final String ALREADY_DRAWN = "ALREADY_DRAWN";
    public static final String PROGRAMME_ARCHIVED = "PROGRAMME_ARCHIVED";

    private final DrawRepository draws;
    private final EnrolmentRepository enrolments;
    private final SessionReplicaRepository sessions;
    private final ResidentRepository residents;
    private final EnrolmentEvents events;
    private final Caller caller;
    private final Clock clock;

    public DrawService(DrawRepository draws, EnrolmentRepository enrolments, SessionReplicaRepository sessions, ResidentRepository residents,
                       EnrolmentEvents events, Caller caller, Clock clock) {
        this.draws = draws;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.residents = residents;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    /** Staff draw a closed lottery session now; a session without applications is drawn with an empty order. */
    public DrawView draw(String sessionId) {
        SessionReplica known = sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> ProblemException.notFound("Session", sessionId));
        caller.requireCommunity(known.communityCode);
        SessionReplica session = sessions.lock(sessionId).orElseThrow();
        if (!session.isLottery()) {
            throw ProblemException.refused(NOT_A_LOTTERY, "Session " + sessionId + " gives its places first come, first served.");
        }
        Draw drawn = draws.findByIdOptional(sessionId).filter(Draw::isDrawn).orElse(null);
        if (drawn != null) {
            throw ProblemException.conflict(ALREADY_DRAWN, "Session " + sessionId + " was drawn at " + drawn.drawnAt + ".");
        }
        if (session.programmeStatus != ProgrammeStatus.ACTIVE) {
            throw ProblemException.refused(PROGRAMME_ARCHIVED, "The programme of session " + sessionId
                    + " is archived: its lottery is not drawn.");
        }
        Instant now = Timestamps.now(clock);
        if (!isClosed(session, now)) {
            throw ProblemException.refused(ENROLMENT_STILL_OPEN, "Session " + sessionId
                    + " takes applications until " + session.enrolmentClosesAt + "; it is drawn after that.");
        }
        return run(session, draws.commitFor(sessionId, now), now);
    }

    /**
     * Draws the session if it is a closed lottery not drawn yet; else does nothing (another instance, or staff,
     * got there first). Returns whether it drew.
     */
    public boolean drawIfDue(String sessionId) {
        SessionReplica session = sessions.lock(sessionId).orElse(null);
        Instant now = Timestamps.now(clock);
        if (session == null || !session.isLottery() || session.programmeStatus != ProgrammeStatus.ACTIVE
                || !isClosed(session, now)) {
            return false;
        }
        Draw draw = draws.findByIdOptional(sessionId).orElse(null);
        if (draw == null || draw.isDrawn()) {
            return false;
        }
        run(session, draw, now);
        return true;
    }

    /** Sessions the scheduler should draw now. */
    public List<String> due() {
        return draws.due(Timestamps.now(clock));
    }

    /** The draw as anyone may check it. */
    public DrawView get(String sessionId) {
        if (sessions.findByIdOptional(sessionId).isEmpty()) {
            throw ProblemException.notFound("Session", sessionId);
        }
        Draw draw = draws.findByIdOptional(sessionId)
                .orElseThrow(() -> ProblemException.notFound("Session " + sessionId + " has no draw: no one has applied."));
        return DrawView.of(draw, draw.isDrawn() ? order(sessionId) : List.of());
    }

    /** The caller holds the session's lock and has seen the draw not drawn under it. */
    private DrawView run(SessionReplica session, Draw draw, Instant now) {
        List<Enrolment> applications = enrolments.applications(session.sessionId);
        Set<String> residentIds = applications.stream().map(e -> e.residentId).collect(Collectors.toSet());
        Map<String, Resident> applicants = residentIds.isEmpty() ? Map.of()
                : residents.byIds(residentIds).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Set<String> placed = enrolments.placedInYear(session.year, residentIds);
        Map<String, Enrolment> byId = applications.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));

        List<DrawOrder.Ranked> order = DrawOrder.of(draw.seed, applications.stream()
                .map(e -> new DrawOrder.Entry(e.id, tier(session, applicants.get(e.residentId), placed)))
                .toList());

        int free = Math.max(0, session.capacity - session.placesTaken);
        int waitlisted = enrolments.countWaitlisted(session.sessionId);
        draw.drawnAt = now;
        session.updatedAt = now;
        for (DrawOrder.Ranked ranked : order) {
            Enrolment enrolment = byId.get(ranked.enrolmentId());
            boolean confirmed = ranked.rank() <= free;
            if (confirmed) {
                session.placesTaken++;
            }
            enrolment.sequence = session.takeSequence(); // the waitlist is served in draw order
            enrolment.drawTier = ranked.tier();
            enrolment.drawRank = ranked.rank();
            enrolment.moveTo(confirmed ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED, now);
            Integer position = confirmed ? null : ++waitlisted;
            events.enrolmentChanged(EnrolmentSnapshot.DRAWN, enrolment, EnrolmentStatus.APPLIED, session,
                    applicants.get(enrolment.residentId), position);
        }
        return DrawView.of(draw, order.stream().map(r -> DrawnEnrolmentView.of(byId.get(r.enrolmentId()))).toList());
    }

    private List<DrawnEnrolmentView> order(String sessionId) {
        return enrolments.inDrawOrder(sessionId).stream().map(DrawnEnrolmentView::of).toList();
    }

    /** Tier 1: a first-timer of the session's community this year; 2: the community's others; 3: other communities. */
    static int tier(SessionReplica session, Resident resident, Set<String> placedInYear) {
        if (!session.isLocal(resident)) {
            return 3;
        }
        return placedInYear.contains(resident.id) ? 2 : 1;
    }

    private static boolean isClosed(SessionReplica session, Instant now) {
        return session.enrolmentClosesAt != null && now.isAfter(session.enrolmentClosesAt);
    }
}
