package io.communityedu.programmes.domain;

/** Who a programme is for; GENERAL (or none) means every resident. */
public enum TargetGroup {
    INFANT, PUPIL, PARENT, COMMUNITY_WORKER, IN_SERVICE, MIGRANT_WORKER, UNEMPLOYED, SENIOR, GENERAL
}
