package io.communityedu.programmes.teachers;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "A teacher of a community's teacher team.")
public record TeacherResponse(
        @Schema(example = "3f2b8e8a-5d7c-4c55-9a57-0b1f0f3c2d11") String id,
        @Schema(example = "张老师") String name,
        @Schema(example = "qinghuai-road") String communityCode,
        TeacherKind kind,
        String providerId,
        @Schema(example = "[\"家庭教育\", \"书法\"]") List<String> subjects,
        @Schema(example = "[\"高级教师\"]") List<String> qualifications,
        @Schema(description = "Only for staff of the teacher's community, officers and admins; absent for everyone else",
                example = "+86 138-0000-0000")
        @JsonInclude(JsonInclude.Include.NON_NULL) String phone,
        Instant createdAt,
        Instant updatedAt) {

    static TeacherResponse of(TeacherView t) {
        return new TeacherResponse(t.id(), t.name(), t.communityCode(), t.kind(), t.providerId(), t.subjects(),
                t.qualifications(), t.phone(), t.createdAt(), t.updatedAt());
    }
}
