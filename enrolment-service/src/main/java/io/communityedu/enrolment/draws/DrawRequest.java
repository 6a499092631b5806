package io.communityedu.enrolment.draws;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which lottery session to draw.")
public record DrawRequest(@NotBlank @Size(max = 36) String sessionId) {
}
