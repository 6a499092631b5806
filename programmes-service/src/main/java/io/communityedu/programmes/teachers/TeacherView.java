package io.communityedu.programmes.teachers;

import java.time.Instant;
import java.util.List;

/** A teacher of a community's teacher team; {@code phone} null when the caller may not see it. */
public record TeacherView(String id, String name, String communityCode, TeacherKind kind, String providerId,
                          List<String> subjects, List<String> qualifications, String phone, Instant createdAt,
                          Instant updatedAt) {

    static TeacherView of(Teacher t, boolean withPhone) {
        return new TeacherView(t.id, t.name, t.communityCode, t.kind, t.providerId, t.subjects, t.qualifications,
                withPhone ? t.phone : null, t.createdAt, t.updatedAt);
    }
}
