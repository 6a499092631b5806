package io.communityedu.enrolment.events;

import io.communityedu.enrolment.domain.SessionReplica;

/** Gives a session's free places (its capacity raised, say) to its waitlist, first come first served. */
public interface WaitlistPromotion {

    /** The caller holds the session's row lock. */
    void promoteWhilePlacesFree(SessionReplica session);
}
