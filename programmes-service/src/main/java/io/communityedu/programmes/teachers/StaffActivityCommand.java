package io.communityedu.programmes.teachers;

import java.time.LocalDate;
import java.util.List;

/** A staff activity to record; {@code attendeeTeacherIds} null: none. */
public record StaffActivityCommand(LocalDate date, StaffActivityKind kind, String title, List<String> attendeeTeacherIds,
                                   String minutes) {
}
