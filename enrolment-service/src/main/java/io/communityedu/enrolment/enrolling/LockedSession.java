package io.communityedu.enrolment.enrolling;

import io.communityedu.enrolment.domain.SessionReplica;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * A session as one batch sees it under the session's row lock: who holds a place among the batch's
 * residents, whether its lottery is drawn, how long its waitlist is; kept up to date as the batch
 * places residents, so each is read once per batch.
 */
final class LockedSession {

    private final SessionReplica session;
    private final Set<String> holders;
    private final BooleanSupplier drawnLookup;
    private final IntSupplier waitlistCount;
    private Boolean drawn;
    private Integer waitlisted;

    LockedSession(SessionReplica session, Set<String> holders, BooleanSupplier drawnLookup, IntSupplier waitlistCount) {
        this.session = session;
        this.holders = new HashSet<>(holders);
        this.drawnLookup = drawnLookup;
        this.waitlistCount = waitlistCount;
    }

    /** The session's row, locked; empty when there is no such session. */
    Optional<SessionReplica> session() {
        return Optional.ofNullable(session);
    }

    boolean holdsPlace(String residentId) {
        return holders.contains(residentId);
    }

    void placed(String residentId) {
        holders.add(residentId);
    }

    /** A lottery session drawn already fills first come, behind the draw order. */
    boolean drawn() {
        if (drawn == null) {
            drawn = drawnLookup.getAsBoolean();
        }
        return drawn;
    }

    /** The 1-based position of the next waitlisted enrolment: the waitlist is counted once, then kept here. */
    int nextWaitlistPosition() {
        if (waitlisted == null) {
            waitlisted = waitlistCount.getAsInt();
        }
        return ++waitlisted;
    }
}
