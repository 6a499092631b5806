package io.communityedu.programmes.teachers;

import java.time.LocalDate;
import java.util.List;

/** {@code StaffActivityRecorded}: key communityCode. No title or minutes. */
public record StaffActivityRecorded(String activityId, String communityCode, int year, LocalDate date,
                                    StaffActivityKind kind, List<String> attendeeTeacherIds) {

    public static final String TYPE = "StaffActivityRecorded";

    static StaffActivityRecorded of(StaffActivity a) {
        return new StaffActivityRecorded(a.id, a.communityCode, a.date.getYear(), a.date, a.kind,
                List.copyOf(a.attendeeTeacherIds));
    }
}
