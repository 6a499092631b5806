package io.communityedu.reporting.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * A community's teacher team as it is now and its staff activities of a year, against the meetings
 * its plan wants. Kinds missing from the counts have none.
 */
public record StaffYear(Map<TeacherKind, Long> teachersByKind, Map<StaffActivityKind, Long> activitiesByKind,
                        int regularMeetingsPlanned) {

    public StaffYear {
        teachersByKind = Map.copyOf(teachersByKind);
        activitiesByKind = Map.copyOf(activitiesByKind);
    }

    /** Every kind, in enum order. */
    public Map<TeacherKind, Long> teachers() {
        Map<TeacherKind, Long> teachers = new EnumMap<>(TeacherKind.class);
        Arrays.stream(TeacherKind.values()).forEach(kind -> teachers.put(kind, teachersByKind.getOrDefault(kind, 0L)));
        return teachers;
    }

    public long regularMeetingsHeld() {
        return activitiesByKind.getOrDefault(StaffActivityKind.REGULAR_MEETING, 0L);
    }

    public long developmentActivities() {
        return activitiesByKind.entrySet().stream().filter(entry -> entry.getKey().developsStaff())
                .mapToLong(Map.Entry::getValue).sum();
    }
}
