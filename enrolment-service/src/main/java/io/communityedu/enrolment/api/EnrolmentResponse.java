package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A resident's place in a session.")
public record EnrolmentResponse(
        String id,
        String residentId,
        String sessionId,
        @Schema(example = "CONFIRMED") EnrolmentStatus status,
        @Schema(description = "1-based place in the waitlist while WAITLISTED, else null") Integer waitlistPosition,
        @Schema(description = "Issued on completion when the programme leads to a certificate") String certificateNumber,
        Instant createdAt,
        Instant updatedAt) {

    public static EnrolmentResponse from(Enrolment e, Integer waitlistPosition) {
        return new EnrolmentResponse(e.id, e.residentId, e.sessionId, e.status, waitlistPosition, e.certificateNumber,
                e.createdAt, e.updatedAt);
    }
}
