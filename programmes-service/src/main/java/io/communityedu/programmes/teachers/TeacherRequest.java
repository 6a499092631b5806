package io.communityedu.programmes.teachers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A teacher of a community's teacher team. PUT takes the same body and replaces the record.")
public record TeacherRequest(
        @Schema(example = "张老师") @NotBlank @Size(max = 100) String name,
        @Schema(description = "The community whose teacher team the teacher belongs to", example = "qinghuai-road")
        @NotBlank @Size(max = 40) String communityCode,
        @Schema(description = "STAFF (社区教育专干), VOLUNTEER, INVITED or PROVIDER_STAFF", example = "STAFF")
        @NotNull TeacherKind kind,
        @Schema(description = "A registered provider; required for PROVIDER_STAFF") @Size(max = 36) String providerId,
        @Schema(description = "At most 20, each non-blank and at most 100 characters", example = "[\"家庭教育\", \"书法\"]")
        @Size(max = 20) List<String> subjects,
        @Schema(description = "At most 20, each non-blank and at most 100 characters", example = "[\"高级教师\"]")
        @Size(max = 20) List<String> qualifications,
        @Schema(description = "Digits, '+', spaces and '-'", example = "+86 138-0000-0000")
        @Pattern(regexp = "^[0-9+ -]{5,20}$", message = "must be 5 to 20 digits, '+', spaces or '-'") String phone) {

    TeacherCommand toCommand() {
        return new TeacherCommand(name, communityCode, kind, providerId, subjects, qualifications, phone);
    }
}
