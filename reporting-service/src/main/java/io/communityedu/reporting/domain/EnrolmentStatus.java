package io.communityedu.reporting.domain;

public enum EnrolmentStatus {
    CONFIRMED, WAITLISTED, CANCELLED, COMPLETED;

    /** Whether an enrolment in this status holds a place, which makes its resident a participant. */
    public boolean holdsPlace() {
        return this == CONFIRMED || this == COMPLETED;
    }
}
