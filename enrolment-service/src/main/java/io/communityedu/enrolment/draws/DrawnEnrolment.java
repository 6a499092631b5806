package io.communityedu.enrolment.draws;

import io.communityedu.enrolment.domain.EnrolmentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An application's place in a draw. No resident is named.")
public record DrawnEnrolment(
        String enrolmentId,
        @Schema(description = "1: the community's residents without a confirmed or completed place that year; "
                + "2: the community's other residents; 3: residents of other communities", example = "1") int tier,
        @Schema(description = "1-based place in the draw order", example = "1") int rank,
        @Schema(description = "The enrolment's status now", example = "CONFIRMED") EnrolmentStatus status) {

    static DrawnEnrolment of(DrawnEnrolmentView e) {
        return new DrawnEnrolment(e.enrolmentId(), e.tier(), e.rank(), e.status());
    }
}
