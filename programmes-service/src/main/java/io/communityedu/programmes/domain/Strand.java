package io.communityedu.programmes.domain;

/** The four strands of the plan (工作重点 一). */
public enum Strand {
    YOUTH_DEVELOPMENT, JOB_CAPABILITY, RESIDENT_TRAINING, SELF_EDUCATION
}
