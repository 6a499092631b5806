package io.communityedu.programmes.domain;

/** An archived programme stays visible but takes no new enrolments or sessions. */
public enum ProgrammeStatus {
    ACTIVE, ARCHIVED
}
