package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.service.MyEnrolmentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "An enrolment of the signed-in resident or a ward, with what the resident needs to know of it.")
public record MyEnrolmentResponse(
        String id,
        String residentId,
        @Schema(example = "王小明") String residentName,
        String sessionId,
        @Schema(example = "暑期读书征文") String programmeTitle,
        @Schema(example = "第一期") String sessionTitle,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(example = "社区活动室") String venue,
        @Schema(example = "CONFIRMED") EnrolmentStatus status,
        Integer waitlistPosition,
        String certificateNumber,
        @Schema(description = "The programme's fee when the enrolment was made, CNY", example = "99.99") BigDecimal fee,
        @Schema(description = "What the resident pays, fixed when the enrolment was made", example = "84.99") BigDecimal price,
        @Schema(description = "Until when an OFFERED place is held: accept it before then") Instant offerExpiresAt,
        Instant createdAt) {

    public static MyEnrolmentResponse of(MyEnrolmentView e) {
        return new MyEnrolmentResponse(e.id(), e.residentId(), e.residentName(), e.sessionId(), e.programmeTitle(),
                e.sessionTitle(), e.startDate(), e.endDate(), e.venue(), e.status(), e.waitlistPosition(),
                e.certificateNumber(), e.fee(), e.price(), e.offerExpiresAt(), e.createdAt());
    }
}
