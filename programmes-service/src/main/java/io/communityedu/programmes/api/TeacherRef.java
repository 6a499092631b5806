package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.TeacherName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A teacher, by id and name.")
public record TeacherRef(
        @Schema(example = "3f2b8e8a-5d7c-4c55-9a57-0b1f0f3c2d11") String id,
        @Schema(example = "张老师") String name) {

    public static TeacherRef of(TeacherName teacher) {
        return new TeacherRef(teacher.id(), teacher.name());
    }
}
