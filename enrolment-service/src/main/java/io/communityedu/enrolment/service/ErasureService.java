package io.communityedu.enrolment.service;

import io.communityedu.enrolment.audit.ResidentAuditRepository;
import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.events.EnrolmentEvents;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.IdempotencyRepository;
import io.communityedu.enrolment.persistence.NotificationRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.enrolment.persistence.SessionReplicaRepository;
import io.communityedu.support.audit.AuditTrail;
import io.communityedu.support.audit.RequestAudit;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Erasure (API.md "Personal data rights and audit"): on request or by retention, a resident's personal data is
 * removed for good. The row stays as a tombstone with its pseudonym, so confirmed and completed enrolments stay,
 * anonymous, and no statistic moves; places not yet confirmed are cancelled as a cancel would, promoting the next
 * in line. Locks: the resident's row first, then the sessions in id order (enrolling locks in the same order).
 */
@ApplicationScoped
@Transactional
public class ErasureService {

    public static final String HAS_WARDS = "HAS_WARDS";

    private final ResidentRepository residents;
    private final EnrolmentRepository enrolments;
    private final SessionReplicaRepository sessions;
    private final IdempotencyRepository idempotency;
    private final NotificationRepository notifications;
    private final ResidentAuditRepository audit;
    private final EnrolmentService places;
    private final EnrolmentEvents events;
    private final ResidentAccess access;
    private final SelfService self;
    private final Clock clock;
    private final RequestAudit request;
    private final AuditTrail trail;

    public ErasureService(ResidentRepository residents, EnrolmentRepository enrolments,
                          SessionReplicaRepository sessions, IdempotencyRepository idempotency,
                          NotificationRepository notifications, ResidentAuditRepository audit,
                          EnrolmentService places, EnrolmentEvents events, ResidentAccess access, SelfService self,
                          Clock clock, RequestAudit request, AuditTrail trail) {
        this.residents = residents;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.notifications = notifications;
        this.audit = audit;
        this.places = places;
        this.events = events;
        this.access = access;
        this.self = self;
        this.clock = clock;
        this.request = request;
        this.trail = trail;
    }

    /** DELETE /api/v1/me: the caller's own resident; 404 when not registered (or erased already). */
    public void eraseSelf() {
        Resident resident = self.self();
        request.about("resident", resident.id); // a refusal (HAS_WARDS) names the record too
        erase(resident);
    }

    /**
     * POST /api/v1/residents/{id}/erasure: staff of the resident's community, officers, admins, and the resident's
     * guardian (or the resident). Unknown or erased: 404.
     */
    public void erase(String id) {
        Resident resident = residents.findLive(id).orElseThrow(() -> ProblemException.notFound("Resident", id));
        access.requireResident(resident);
        erase(resident);
    }

    /**
     * Retention: erases the resident if, under the resident's lock, they are still live, have no live wards and
     * no activity since {@code before}. Whether it did.
     */
    public boolean eraseIfInactive(String id, Instant before) {
        Optional<Resident> locked = residents.lockLive(id);
        if (locked.isEmpty() || !locked.get().lastActivityAt.isBefore(before)
                || enrolments.changedSince(id, before)
                || !residents.wardsOf(id).isEmpty()) {
            return false;
        }
        Resident resident = locked.get();
        if (resident.accountSubject != null) {
            idempotency.deleteOfSubject(resident.accountSubject);
        }
        tombstone(resident);
        trail.recordJob("retention", "ERASE resident (retention)", "resident", resident.id);
        return true;
    }

    private void erase(Resident found) {
        // The account's kept answers first: enrolling with an Idempotency-Key claims its record before the resident's lock.
        if (found.accountSubject != null) {
            idempotency.deleteOfSubject(found.accountSubject);
        }
        Resident resident = residents.lockLive(found.id)
                .orElseThrow(() -> ProblemException.notFound("Resident", found.id));
        if (!residents.wardsOf(resident.id).isEmpty()) {
            throw ProblemException.conflict(HAS_WARDS,
                    "A guardian's record can be erased only after the records of their wards.");
        }
        tombstone(resident);
    }

    /** The caller holds the resident's lock and has checked there are no live wards. */
    private void tombstone(Resident resident) {
        Instant now = Timestamps.now(clock);
        resident.erasedAt = now; // first: nothing tells an erased resident about the cancellations below
        for (String sessionId : enrolments.sessionsHeldUnconfirmed(resident.id)) {
            SessionReplica session = sessions.lock(sessionId).orElseThrow();
            Optional<Enrolment> held = enrolments.heldPlace(sessionId, resident.id);
            held.ifPresent(enrolments.getEntityManager()::refresh); // as of the session's lock
            if (held.isPresent() && EnrolmentRepository.UNCONFIRMED.contains(held.get().status)) {
                places.cancelHeld(new LockedEnrolment(held.get(), session, resident));
            }
        }
        resident.name = null;
        resident.birthDate = null;
        resident.groups = null;
        resident.phone = null;
        resident.accountSubject = null;
        resident.guardianId = null;
        resident.guardianConsentAt = null;
        resident.lastActivityAt = now;
        notifications.deleteToOrAbout(resident.id);
        audit.deleteAbout(resident.id, enrolments.idsOf(List.of(resident.id)));
        events.residentErased(resident);
    }
}
