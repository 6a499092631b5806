package io.communityedu.reporting.domain;

public enum StaffActivityKind {
    REGULAR_MEETING, TRAINING, SEMINAR, FIELD_VISIT;

    /** Whether it counts as the staff's development (everything but the regular meeting). */
    public boolean developsStaff() {
        return this != REGULAR_MEETING;
    }
}
