package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.service.EnrolmentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(description = "A resident's place in a session.")
public record EnrolmentResponse(
        String id,
        String residentId,
        String sessionId,
        @Schema(example = "CONFIRMED") EnrolmentStatus status,
        @Schema(description = "1-based place in the waitlist while WAITLISTED, else null") Integer waitlistPosition,
        @Schema(description = "Issued on completion when the programme leads to a certificate") String certificateNumber,
        @Schema(description = "The programme's fee when the enrolment was made, CNY", example = "99.99") BigDecimal fee,
        @Schema(description = "What the resident pays, fixed when the enrolment was made: the fee, less the provider's "
                + "resident discount for residents of the programme's community", example = "84.99") BigDecimal price,
        @Schema(description = "Until when an OFFERED place is held for the resident (kept once EXPIRED), else null")
        Instant offerExpiresAt,
        Instant createdAt,
        Instant updatedAt) {

    public static EnrolmentResponse of(EnrolmentView e) {
        return new EnrolmentResponse(e.id(), e.residentId(), e.sessionId(), e.status(), e.waitlistPosition(),
                e.certificateNumber(), e.fee(), e.price(), e.offerExpiresAt(), e.createdAt(), e.updatedAt());
    }
}
