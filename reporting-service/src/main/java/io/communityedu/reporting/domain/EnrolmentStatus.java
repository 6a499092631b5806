package io.communityedu.reporting.domain;

public enum EnrolmentStatus {
    CONFIRMED, WAITLISTED, CANCELLED, COMPLETED, APPLIED, OFFERED, DECLINED, EXPIRED;

    /**
     * Whether an enrolment in this status holds a place, which makes its resident a participant. An
     * application (APPLIED) or an offer not yet accepted (OFFERED) does not; an accepted offer is CONFIRMED.
     */
    public boolean holdsPlace() {
        return this == CONFIRMED || this == COMPLETED;
    }
}
