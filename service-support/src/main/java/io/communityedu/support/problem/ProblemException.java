package io.communityedu.support.problem;

import java.util.List;

/**
 * A refusal the service means to send: it becomes a problem+json response with this status.
 * Use the factories so that status, title and type stay consistent across services.
 */
public class ProblemException extends RuntimeException {

    /** The code of a 403 for the caller's role (scoping refusals have codes of their own). */
    public static final String FORBIDDEN = "FORBIDDEN";

    private final int status;
    private final String title;
    private final String code;
    private final List<FieldError> errors;

    protected ProblemException(int status, String title, String detail, String code, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.code = code;
        this.errors = errors;
    }

    /** 400: the request itself is wrong, field by field. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "Invalid request", "The request has invalid fields.", null, List.copyOf(errors));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** 404: no such resource. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not found", what + " " + id + " does not exist.", null, null);
    }

    /** 404 with a detail of its own, for what has no id (e.g. the caller's own record). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, null, null);
    }

    /** 409: duplicate or state conflict. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, null, null);
    }

    /** 403: the caller is known but may not do this; {@code code} says why. */
    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, "Forbidden", detail, code, null);
    }

    /** 409 with a {@code code} that tells clients which conflict. */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, "Conflict", detail, code, null);
    }

    /** 422: a business rule refuses the request; {@code code} tells clients which one. */
    public static ProblemException refused(String code, String detail) {
        return new ProblemException(422, "Request refused", detail, code, null);
    }

    /** 422 whose cause is a field of the request: the client learns the rule and where it bit. */
    public static ProblemException refused(String code, String detail, List<FieldError> errors) {
        return new ProblemException(422, "Request refused", detail, code, List.copyOf(errors));
    }

    /** 503: the service cannot take this request now (e.g. it is shutting down); a retry elsewhere or later may. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "Service unavailable", detail, null, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        return new Problem(ProblemTypes.forStatus(status, code), title, status, getMessage(), code, errors);
    }
}
