package io.communityedu.reporting.domain;

/** The four strands of the seed plan; every statistics answer lists all four. */
public enum Strand {
    YOUTH_DEVELOPMENT, JOB_CAPABILITY, RESIDENT_TRAINING, SELF_EDUCATION
}
