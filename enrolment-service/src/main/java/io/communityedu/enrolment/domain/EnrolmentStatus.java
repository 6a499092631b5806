package io.communityedu.enrolment.domain;

/** CONFIRMED and WAITLISTED hold a place in the session; CANCELLED and COMPLETED are final. */
public enum EnrolmentStatus {
    CONFIRMED, WAITLISTED, CANCELLED, COMPLETED
}
