package io.communityedu.enrolment.events;

import io.communityedu.enrolment.config.EnrolmentConfig;
import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/** Everything enrolment-service tells other services goes through here, into the outbox; residents are told too. */
@ApplicationScoped
public class EnrolmentEvents {

    private final Outbox outbox;
    private final EnrolmentConfig config;
    private final EntityManager em;
    private final ResidentNotices notifications;

    public EnrolmentEvents(Outbox outbox, EnrolmentConfig config, EntityManager em,
                           ResidentNotices notifications) {
        this.outbox = outbox;
        this.config = config;
        this.em = em;
        this.notifications = notifications;
    }

    /** {@code type} is one of the {@link EnrolmentSnapshot} type names. */
    public void enrolmentChanged(String type, Enrolment enrolment, EnrolmentStatus previous, SessionReplica session,
                                 Resident resident) {
        enrolmentChanged(type, enrolment, previous, session, resident, null);
    }

    /** As above, for a change that put the enrolment on the waitlist at the position the caller has counted. */
    public void enrolmentChanged(String type, Enrolment enrolment, EnrolmentStatus previous, SessionReplica session,
                                 Resident resident, Integer waitlistPosition) {
        em.flush(); // the event carries the version this change gets on flush
        // Keyed by session: one enrolment's events stay in order, and so do the session's placesTaken.
        outbox.publish(config.topic(), session.sessionId, type, EnrolmentSnapshot.of(enrolment, previous, session, resident));
        notifications.enrolmentChanged(type, enrolment, session, resident, waitlistPosition);
    }

    /**
     * A new enrolment's first event: nothing to flush first (its version is set when it is persisted), so a batch
     * of enrolments goes to the database together at commit.
     */
    public void enrolmentCreated(String type, Enrolment enrolment, SessionReplica session, Resident resident,
                                 Integer waitlistPosition) {
        outbox.publish(config.topic(), session.sessionId, type, EnrolmentSnapshot.of(enrolment, null, session, resident));
        notifications.enrolmentChanged(type, enrolment, session, resident, waitlistPosition);
    }

    /** Keyed by the pseudonym: a resident's erasure has no session to be ordered with. */
    public void residentErased(Resident resident) {
        outbox.publish(config.topic(), resident.pseudonym, ResidentErased.TYPE,
                new ResidentErased(resident.pseudonym, resident.communityCode, resident.erasedAt));
    }

    public void attendanceRecorded(SessionReplica session, LocalDate date, List<String> presentResidentRefs) {
        outbox.publish(config.topic(), session.sessionId, AttendanceRecorded.TYPE, new AttendanceRecorded(
                session.sessionId, session.programmeId, session.communityCode, session.year, date,
                presentResidentRefs, presentResidentRefs.size()));
    }
}
