package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.events.EnrolmentEvents;
import io.communityedu.enrolment.events.EnrolmentSnapshot;
import io.communityedu.enrolment.events.WaitlistPromotion;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.enrolment.persistence.SessionReplicaRepository;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enrolments and their places (new ones are decided in batches: enrolling/EnrolmentQueues). Every change of a session's places first locks the session's row,
 * so confirmed places never exceed capacity whatever the concurrency, across instances.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService implements WaitlistPromotion {

    private final EnrolmentRepository enrolments;
    private final SessionReplicaRepository sessions;
    private final ResidentRepository residents;
    private final EnrolmentEvents events;
    private final CertificateNumbers certificates;
    private final Caller caller;
    private final ResidentAccess access;
    private final Clock clock;

    public EnrolmentService(EnrolmentRepository enrolments, SessionReplicaRepository sessions,
                            ResidentRepository residents, EnrolmentEvents events,
                            CertificateNumbers certificates, Caller caller,
                            ResidentAccess access, Clock clock) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.residents = residents;
        this.events = events;
        this.certificates = certificates;
        this.caller = caller;
        this.access = access;
        this.clock = clock;
    }

    public EnrolmentView get(String id) {
        Enrolment enrolment = find(id);
        access.requireEnrolment(resident(enrolment), sessions.findById(enrolment.sessionId));
        return EnrolmentView.of(enrolment, waitlistPosition(enrolment));
    }

    public PageResponse<EnrolmentView> roster(String sessionId, EnrolmentStatus status, PageRequest page) {
        SessionReplica session = sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> ProblemException.notFound("Session", sessionId));
        caller.requireCommunity(session.communityCode);
        return page(enrolments.roster(sessionId, status), page);
    }

    public PageResponse<EnrolmentView> ofResident(String residentId, PageRequest page) {
        Resident resident = residents.findLive(residentId)
                .orElseThrow(() -> ProblemException.notFound("Resident", residentId));
        access.requireResident(resident);
        return page(enrolments.ofResident(residentId), page);
    }

    /**
     * Cancels an enrolment holding a place; a confirmed or offered place goes to the next in line in the same
     * transaction.
     */
    public EnrolmentView cancel(String id) {
        LockedEnrolment locked = lockForChange(id);
        Enrolment enrolment = locked.enrolment();
        SessionReplica session = locked.session();
        if (!enrolment.status.holdsPlace()) {
            throw ProblemException.conflict("Enrolment " + id + " is " + enrolment.status + " and cannot be cancelled.");
        }
        cancelHeld(locked);
        return EnrolmentView.of(enrolment, null);
    }

    /**
     * Cancels an enrolment that holds a place, read under its session's lock ({@link #lockForChange}, or erasure's
     * lock): CANCELLED, its place (if it took one) freed and given to the next in line, the event published.
     */
    public void cancelHeld(LockedEnrolment locked) {
        Enrolment enrolment = locked.enrolment();
        SessionReplica session = locked.session();
        EnrolmentStatus previous = enrolment.status;
        Instant now = Timestamps.now(clock);
        enrolment.moveTo(EnrolmentStatus.CANCELLED, now);
        if (previous.takesPlace()) {
            session.placesTaken--;
        }
        session.updatedAt = now;
        events.enrolmentChanged(EnrolmentSnapshot.CANCELLED, enrolment, previous, session, locked.resident());
        promoteWhilePlacesFree(session);
    }

    /**
     * For a change the resident (or guardian, staff, officer) asks for: the session's row locked first, access
     * checked, then the enrolment read again, so its status is the one as of the lock.
     */
    public LockedEnrolment lockForChange(String id) {
        Enrolment enrolment = find(id);
        SessionReplica session = sessions.lock(enrolment.sessionId).orElseThrow();
        Resident resident = resident(enrolment);
        access.requireEnrolment(resident, session);
        enrolments.getEntityManager().refresh(enrolment);
        return new LockedEnrolment(enrolment, session, resident);
    }

    /** Completes a confirmed enrolment; the place stays taken. Issues the programme's certificate, if any. */
    public EnrolmentView complete(String id) {
        Enrolment enrolment = find(id);
        SessionReplica session = sessions.lock(enrolment.sessionId).orElseThrow();
        caller.requireCommunity(session.communityCode);
        enrolments.getEntityManager().refresh(enrolment);
        if (enrolment.status != EnrolmentStatus.CONFIRMED) {
            throw ProblemException.conflict("Enrolment " + id + " is " + enrolment.status
                    + "; only a CONFIRMED enrolment can be completed.");
        }
        Instant now = Timestamps.now(clock);
        enrolment.moveTo(EnrolmentStatus.COMPLETED, now);
        if (session.certificateName != null) {
            enrolment.certificateNumber = certificates.next(session.year);
        }
        events.enrolmentChanged(EnrolmentSnapshot.COMPLETED, enrolment, EnrolmentStatus.CONFIRMED, session,
                resident(enrolment));
        return EnrolmentView.of(enrolment, null);
    }

    /**
     * Fills free places from the waitlist, first come first served: with the session's {@code offerHours} set,
     * the next in line is OFFERED the place until now + offerHours (an offered place counts against capacity),
     * else PROMOTED to CONFIRMED at once. The caller holds the session's lock.
     */
    @Override
    public void promoteWhilePlacesFree(SessionReplica session) {
        while (session.hasFreePlace()) {
            Optional<Enrolment> first = enrolments.firstWaitlisted(session.sessionId);
            if (first.isEmpty()) {
                return;
            }
            Enrolment next = first.get();
            Instant now = Timestamps.now(clock);
            if (session.offerHours != null) {
                next.offer(now, Duration.ofHours(session.offerHours));
            } else {
                next.moveTo(EnrolmentStatus.CONFIRMED, now);
            }
            session.placesTaken++;
            session.updatedAt = now;
            events.enrolmentChanged(session.offerHours != null ? EnrolmentSnapshot.OFFERED : EnrolmentSnapshot.PROMOTED,
                    next, EnrolmentStatus.WAITLISTED, session, resident(next));
        }
    }

    private PageResponse<EnrolmentView> page(PanacheQuery<Enrolment> query, PageRequest page) {
        List<Enrolment> items = query.page(page.page(), page.size()).list();
        Map<String, List<Long>> waitlists = new HashMap<>();
        List<EnrolmentView> views = items.stream().map(e -> EnrolmentView.of(e,
                position(e, waitlists.computeIfAbsent(e.sessionId, enrolments::waitlistSequences)))).toList();
        return page.respond(views, query.count());
    }

    private Integer waitlistPosition(Enrolment enrolment) {
        return enrolment.status == EnrolmentStatus.WAITLISTED
                ? enrolments.waitlistPosition(enrolment.sessionId, enrolment.sequence) : null;
    }

    private static Integer position(Enrolment enrolment, List<Long> waitlist) {
        if (enrolment.status != EnrolmentStatus.WAITLISTED) {
            return null;
        }
        int index = waitlist.indexOf(enrolment.sequence);
        return index < 0 ? null : index + 1;
    }

    private Enrolment find(String id) {
        return enrolments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Enrolment", id));
    }

    private Resident resident(Enrolment enrolment) {
        return residents.findById(enrolment.residentId);
    }
}
