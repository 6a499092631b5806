package io.communityedu.enrolment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * CONFIRMED, WAITLISTED, APPLIED (to a lottery, not drawn yet) and OFFERED (a freed place held for a while)
 * hold a place in the session; CANCELLED, COMPLETED, DECLINED and EXPIRED are final.
 */
public enum EnrolmentStatus {
    CONFIRMED, WAITLISTED, CANCELLED, COMPLETED, APPLIED, OFFERED, DECLINED, EXPIRED;

    private static final Set<EnrolmentStatus> HOLDING = EnumSet.of(CONFIRMED, WAITLISTED, APPLIED, OFFERED);

    /** A resident can hold one such place per session. */
    public boolean holdsPlace() {
        return HOLDING.contains(this);
    }

    /** Counted against the session's capacity (placesTaken). */
    public boolean takesPlace() {
        return this == CONFIRMED || this == COMPLETED || this == OFFERED;
    }
}
