package io.communityedu.enrolment.enrolling;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.draws.Draw;
import io.communityedu.enrolment.draws.DrawRepository;
import io.communityedu.enrolment.events.EnrolmentEvents;
import io.communityedu.enrolment.events.EnrolmentSnapshot;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.enrolment.persistence.SessionReplicaRepository;
import io.communityedu.enrolment.service.EnrolmentView;
import io.communityedu.enrolment.service.IdempotentRequests;
import io.communityedu.enrolment.service.Prices;
import io.communityedu.enrolment.service.Replayable;
import io.communityedu.enrolment.service.ResidentAccess;
import io.communityedu.support.audit.AuditTrail;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides a batch of one session's enrolment requests in one transaction, in their order of arrival:
 * the residents' rows locked (in id order, before the session's, as erasure locks them: an erased
 * resident cannot be enrolled), then the session's row once; each request confirmed while places
 * are free, else waitlisted, into an undrawn lottery applied; refusals decided the same way, and
 * every request's audit entry written in the same transaction. Everything commits once.
 */
@ApplicationScoped
public class EnrolmentBatch {

    private final EnrolmentRepository enrolments;
    private final SessionReplicaRepository sessions;
    private final ResidentRepository residents;
    private final IdempotentRequests idempotent;
    private final EnrolmentEvents events;
    private final ResidentAccess access;
    private final DrawRepository draws;
    private final AuditTrail trail;
    private final Clock clock;

    public EnrolmentBatch(EnrolmentRepository enrolments, SessionReplicaRepository sessions, ResidentRepository residents,
                          IdempotentRequests idempotent, EnrolmentEvents events, ResidentAccess access,
                          DrawRepository draws, AuditTrail trail, Clock clock) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.residents = residents;
        this.idempotent = idempotent;
        this.events = events;
        this.access = access;
        this.draws = draws;
        this.trail = trail;
        this.clock = clock;
    }

    /** One decision per command, in the commands' order; all of them {@code sessionId}'s. */
    @Transactional
    public List<Decision> decide(String sessionId, List<EnrolmentCommand> commands) {
        Map<String, Resident> live = residents.lockLive(commands.stream().map(EnrolmentCommand::residentId)
                .distinct().sorted().toList());
        LockedSession locked = lock(sessionId, live);
        List<Decision> decisions = new ArrayList<>(commands.size());
        for (EnrolmentCommand command : commands) {
            Decision decision = decide(command, live.get(command.residentId()), locked);
            if (command.audit() != null) {
                trail.record(command.audit().answered(decision.status(), decision.createdId(), Timestamps.now(clock)));
            }
            decisions.add(decision);
        }
        return decisions;
    }

    /** The session's row, locked, unless no resident of the batch is there to be placed. */
    private LockedSession lock(String sessionId, Map<String, Resident> live) {
        SessionReplica session = live.isEmpty() ? null : sessions.lock(sessionId).orElse(null);
        Set<String> holders = session == null ? Set.of() : enrolments.holdersAmong(sessionId, live.keySet());
        return new LockedSession(session, holders,
                () -> draws.findByIdOptional(sessionId).filter(Draw::isDrawn).isPresent(),
                () -> enrolments.countWaitlisted(sessionId));
    }

    private Decision decide(EnrolmentCommand command, Resident resident, LockedSession locked) {
        try {
            return Decision.answered(command.idempotencyKey() == null ? Replayable.of(place(command, resident, locked))
                    : idempotent.once(command.caller().subject(), command.idempotencyKey(), command.idempotentRequest(),
                    EnrolmentView.class, () -> place(command, resident, locked)));
        } catch (ProblemException refusal) {
            return Decision.refused(refusal);
        }
    }

    /** Everything is checked before anything is written: a refusal leaves no trace but its audit entry. */
    private EnrolmentView place(EnrolmentCommand command, Resident resident, LockedSession locked) {
        if (resident == null) {
            throw ProblemException.notFound("Resident", command.residentId());
        }
        SessionReplica session = locked.session()
                .orElseThrow(() -> ProblemException.notFound("Session", command.sessionId()));
        access.requireEnrolment(command.caller(), resident, session);
        if (locked.holdsPlace(resident.id)) {
            throw ProblemException.conflict("Resident " + resident.id + " already holds a place in session "
                    + session.sessionId + ".");
        }
        Instant now = Timestamps.now(clock);
        checkEligible(session, resident, now);

        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID().toString();
        enrolment.sessionId = session.sessionId;
        enrolment.residentId = resident.id;
        enrolment.sequence = session.takeSequence();
        enrolment.createdAt = now;
        enrolment.fee = session.fee;
        enrolment.price = Prices.of(session, resident);
        resident.lastActivityAt = now;
        session.updatedAt = now;
        locked.placed(resident.id);
        // Once drawn (its window reopened afterwards), a lottery session fills behind the draw order, first come.
        if (session.isLottery() && !locked.drawn()) {
            draws.commitFor(session.sessionId, now); // the seed is committed before the session's first application
            enrolment.moveTo(EnrolmentStatus.APPLIED, now);
            enrolments.persist(enrolment);
            events.enrolmentCreated(EnrolmentSnapshot.APPLIED, enrolment, session, resident, null);
            return EnrolmentView.of(enrolment, null);
        }
        boolean confirmed = session.hasFreePlace();
        Integer position = null;
        if (confirmed) {
            session.placesTaken++;
        } else {
            position = locked.nextWaitlistPosition(); // counted before this enrolment is written
        }
        enrolment.moveTo(confirmed ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED, now);
        enrolments.persist(enrolment);
        events.enrolmentCreated(confirmed ? EnrolmentSnapshot.CONFIRMED : EnrolmentSnapshot.WAITLISTED,
                enrolment, session, resident, position);
        return EnrolmentView.of(enrolment, position);
    }

    private static void checkEligible(SessionReplica session, Resident resident, Instant now) {
        if (!session.isOpenAt(now)) {
            throw ProblemException.refused("ENROLMENT_CLOSED", "Session " + session.sessionId
                    + " does not take enrolments now.");
        }
        if (!session.admitsAge(resident.birthDate)) {
            throw ProblemException.refused("AGE_NOT_ELIGIBLE", "On " + session.startDate + " the resident's age is outside "
                    + range(session.minAge, session.maxAge) + ".");
        }
        if (!session.admitsGroups(resident.groups)) {
            // Names the programme's groups only: a resident's groups (e.g. unemployed) are personal data.
            throw ProblemException.refused("GROUP_NOT_ELIGIBLE", "The programme is for " + session.targetGroups
                    + "; the resident belongs to none of them.");
        }
    }

    private static String range(Integer min, Integer max) {
        return (min == null ? "any" : min) + ".." + (max == null ? "any" : max);
    }
}
