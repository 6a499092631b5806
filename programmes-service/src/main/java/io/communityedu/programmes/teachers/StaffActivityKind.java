package io.communityedu.programmes.teachers;

/** What the community's teacher team met for: 例会 (regular meeting) or a development activity. */
public enum StaffActivityKind {
    REGULAR_MEETING,
    TRAINING,
    SEMINAR,
    FIELD_VISIT
}
