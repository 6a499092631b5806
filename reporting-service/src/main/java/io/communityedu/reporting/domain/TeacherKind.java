package io.communityedu.reporting.domain;

/** What a teacher is to the community's teacher team; every staff section lists all four. */
public enum TeacherKind {
    STAFF, VOLUNTEER, INVITED, PROVIDER_STAFF
}
