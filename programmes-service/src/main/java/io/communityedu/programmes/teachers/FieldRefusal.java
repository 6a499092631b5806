package io.communityedu.programmes.teachers;

import io.communityedu.support.problem.FieldError;
import io.communityedu.support.problem.ProblemException;

import java.util.List;

/** A 422 that also names the fields it refuses (e.g. which teacherIds[i]); ProblemException has no factory for it. */
final class FieldRefusal extends ProblemException {

    FieldRefusal(String code, String detail, List<FieldError> errors) {
        super(422, "Request refused", detail, code, List.copyOf(errors));
    }
}
