package io.communityedu.enrolment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A resident asking for a place in a session.")
public record EnrolmentRequest(
        @NotBlank @Size(max = 36) String residentId,
        @NotBlank @Size(max = 36) String sessionId) {
}
