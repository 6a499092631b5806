package io.communityedu.enrolment.draws;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;

/** An application's place in a draw: its tier, its 1-based rank and its status now. No resident is named. */
public record DrawnEnrolmentView(String enrolmentId, int tier, int rank, EnrolmentStatus status) {

    static DrawnEnrolmentView of(Enrolment e) {
        return new DrawnEnrolmentView(e.id, e.drawTier, e.drawRank, e.status);
    }
}
