package io.communityedu.enrolment.domain;

/** The four strands of the plan; as programmes-service publishes them. */
public enum Strand {
    YOUTH_DEVELOPMENT, JOB_CAPABILITY, RESIDENT_TRAINING, SELF_EDUCATION
}
