package io.communityedu.programmes.teachers;

import io.communityedu.programmes.domain.TeacherName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A staff activity of a community's teacher team, its attendees in the order recorded. */
public record StaffActivityView(String id, String communityCode, LocalDate date, StaffActivityKind kind, String title,
                                List<TeacherName> attendees, String minutes, Instant createdAt) {

    static StaffActivityView of(StaffActivity a, List<TeacherName> attendees) {
        return new StaffActivityView(a.id, a.communityCode, a.date, a.kind, a.title, attendees, a.minutes, a.createdAt);
    }
}
