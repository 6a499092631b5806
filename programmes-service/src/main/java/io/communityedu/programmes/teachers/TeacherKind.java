package io.communityedu.programmes.teachers;

/** Who teaches in a community: 社区教育专干, volunteers, invited teachers, a provider's staff. */
public enum TeacherKind {
    STAFF,
    VOLUNTEER,
    INVITED,
    PROVIDER_STAFF
}
