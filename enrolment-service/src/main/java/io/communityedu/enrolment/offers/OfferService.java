package io.communityedu.enrolment.offers;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.events.EnrolmentEvents;
import io.communityedu.enrolment.events.EnrolmentSnapshot;
import io.communityedu.enrolment.notifications.NotificationService;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.enrolment.persistence.SessionReplicaRepository;
import io.communityedu.enrolment.service.EnrolmentService;
import io.communityedu.enrolment.service.EnrolmentView;
import io.communityedu.enrolment.service.LockedEnrolment;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Offered places (API.md "Oversubscribed sessions" → Offers): accepted, declined or lapsed. Like every change of a
 * session's places, each first locks the session's row and re-reads the enrolment under it, so an offer is taken,
 * declined or expired exactly once whatever the concurrency, across instances. The place an offer frees goes to the
 * next in line ({@link EnrolmentService#promoteWhilePlacesFree}).
 */
@ApplicationScoped
@Transactional
public class OfferService {

    public static final String OFFER_EXPIRED = "OFFER_EXPIRED";
    public static final String NOT_OFFERED = "NOT_OFFERED";

    private final EnrolmentRepository enrolments;
    private final SessionReplicaRepository sessions;
    private final ResidentRepository residents;
    private final EnrolmentEvents events;
    private final NotificationService notifications;
    private final EnrolmentService places;
    private final Clock clock;

    public OfferService(EnrolmentRepository enrolments, SessionReplicaRepository sessions, ResidentRepository residents,
                        EnrolmentEvents events, NotificationService notifications,
                        EnrolmentService places, Clock clock) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.residents = residents;
        this.events = events;
        this.notifications = notifications;
        this.places = places;
        this.clock = clock;
    }

    /** OFFERED and not lapsed → CONFIRMED; the place it held stays taken. */
    public EnrolmentView accept(String id) {
        LockedEnrolment locked = places.lockForChange(id);
        Enrolment enrolment = locked.enrolment();
        Instant now = Timestamps.now(clock);
        requireOpenOffer(enrolment, now, "accepted");
        enrolment.moveTo(EnrolmentStatus.CONFIRMED, now);
        locked.session().updatedAt = now;
        events.enrolmentChanged(EnrolmentSnapshot.ACCEPTED, enrolment, EnrolmentStatus.OFFERED, locked.session(),
                locked.resident());
        return EnrolmentView.of(enrolment, null);
    }

    /** OFFERED and not lapsed → DECLINED; the place goes to the next in line. */
    public EnrolmentView decline(String id) {
        LockedEnrolment locked = places.lockForChange(id);
        Enrolment enrolment = locked.enrolment();
        Instant now = Timestamps.now(clock);
        requireOpenOffer(enrolment, now, "declined");
        enrolment.moveTo(EnrolmentStatus.DECLINED, now);
        locked.session().placesTaken--;
        locked.session().updatedAt = now;
        events.enrolmentChanged(EnrolmentSnapshot.DECLINED, enrolment, EnrolmentStatus.OFFERED, locked.session(),
                locked.resident());
        places.promoteWhilePlacesFree(locked.session());
        return EnrolmentView.of(enrolment, null);
    }

    /**
     * One session's share of a sweep, in the caller's transaction: under the session's lock, offers lapsed by now
     * become EXPIRED (their places going to the next in line), and offers lapsing within {@link #Enrolment.OFFER_REMINDER}
     * that were not reminded yet are reminded. Re-checked under the lock, so each happens once across instances.
     */
    public void sweep(String sessionId) {
        SessionReplica session = sessions.lock(sessionId).orElse(null);
        if (session == null) {
            return;
        }
        Instant now = Timestamps.now(clock);
        boolean freed = false;
        for (Enrolment offer : enrolments.offersLapsingBy(sessionId, now.plus(Enrolment.OFFER_REMINDER))) {
            if (!offer.offerExpiresAt.isAfter(now)) {
                offer.moveTo(EnrolmentStatus.EXPIRED, now); // offerExpiresAt kept for the record
                session.placesTaken--;
                session.updatedAt = now;
                events.enrolmentChanged(EnrolmentSnapshot.EXPIRED, offer, EnrolmentStatus.OFFERED, session,
                        residents.findById(offer.residentId));
                freed = true;
            } else if (offer.offerRemindedAt == null) {
                offer.offerRemindedAt = now;
                offer.updatedAt = now;
                notifications.offerExpiring(offer, session, residents.findById(offer.residentId));
            }
        }
        if (freed) {
            places.promoteWhilePlacesFree(session);
        }
    }

    /** Lapsed (in time but not yet swept, or swept) → 422 OFFER_EXPIRED; not an offer at all → 409 NOT_OFFERED. */
    private static void requireOpenOffer(Enrolment enrolment, Instant now, String verb) {
        boolean lapsed = enrolment.status == EnrolmentStatus.EXPIRED
                || enrolment.status == EnrolmentStatus.OFFERED && now.isAfter(enrolment.offerExpiresAt);
        if (lapsed) {
            throw ProblemException.refused(OFFER_EXPIRED, "The place offered to enrolment " + enrolment.id
                    + " lapsed at " + enrolment.offerExpiresAt + " and can no longer be " + verb + ".");
        }
        if (enrolment.status != EnrolmentStatus.OFFERED) {
            throw ProblemException.conflict(NOT_OFFERED, "Enrolment " + enrolment.id + " is " + enrolment.status
                    + "; only an OFFERED place can be " + verb + ".");
        }
    }
}
