package io.communityedu.enrolment.enrolling;

import io.communityedu.enrolment.service.EnrolmentView;
import io.communityedu.enrolment.service.Replayable;
import io.communityedu.support.problem.ProblemException;

/**
 * How one enrolment request was decided: an answer (a new enrolment, or a kept answer or refusal
 * for a retried Idempotency-Key), or a refusal that is not kept.
 */
public record Decision(Replayable<EnrolmentView> answer, ProblemException refusal) {

    static Decision answered(Replayable<EnrolmentView> answer) {
        return new Decision(answer, null);
    }

    static Decision refused(ProblemException refusal) {
        return new Decision(null, refusal);
    }

    /** The HTTP status the request is answered with. */
    int status() {
        if (refusal != null) {
            return refusal.status();
        }
        return answer.refusal() != null ? answer.refusal().status() : 201;
    }

    /** The enrolment a 201 answers with, else null. */
    String createdId() {
        return refusal == null && answer.value() != null ? answer.value().id() : null;
    }

    /** The answer, or the refusal thrown. */
    Replayable<EnrolmentView> answerOrThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return answer;
    }
}
