package io.communityedu.enrolment.domain;

/** Who a resident is, and whom a programme is for; GENERAL (or none) on a programme means everyone. */
public enum TargetGroup {
    INFANT, PUPIL, PARENT, COMMUNITY_WORKER, IN_SERVICE, MIGRANT_WORKER, UNEMPLOYED, SENIOR, GENERAL
}
