package io.communityedu.enrolment.events;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;

/**
 * Tells residents (and their guardians) of a change that concerns them, in the transaction of the change:
 * an enrolment's event as it is published, and a session's new facts as they arrive from programme-events.
 */
public interface ResidentNotices {

    /**
     * {@code type} is the {@link EnrolmentSnapshot} type of the event published for the same change;
     * {@code waitlistPosition} the position of an enrolment the change put on the waitlist.
     */
    void enrolmentChanged(String type, Enrolment enrolment, SessionReplica session, Resident resident,
                          Integer waitlistPosition);

    /** {@code before} is null for a session not known until now; nothing is told when no fact changed. */
    void sessionChanged(SessionFacts before, SessionReplica session);
}
