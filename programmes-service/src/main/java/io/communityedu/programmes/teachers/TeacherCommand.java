package io.communityedu.programmes.teachers;

import java.util.List;

/** A teacher to register, or to replace a teacher's record with; the lists and phone may be null. */
public record TeacherCommand(String name, String communityCode, TeacherKind kind, String providerId,
                             List<String> subjects, List<String> qualifications, String phone) {
}
