package io.communityedu.enrolment.domain;

/** An archived programme takes no new enrolments. */
public enum ProgrammeStatus {
    ACTIVE, ARCHIVED
}
