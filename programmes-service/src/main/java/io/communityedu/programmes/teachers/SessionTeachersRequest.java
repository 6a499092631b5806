package io.communityedu.programmes.teachers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The whole list of a session's teachers, in order; an empty list clears it.")
public record SessionTeachersRequest(
        @Schema(description = "Teachers of the session's community, each at most once, at most 50")
        @NotNull @Size(max = 50) List<String> teacherIds) {
}
