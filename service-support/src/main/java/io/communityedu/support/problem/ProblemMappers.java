package io.communityedu.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every failure into RFC 9457 problem+json; nothing else, and never a stack trace, leaves. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return respond(ProblemException.invalid(errors).toProblem());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String message;
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException f && f.getTargetType() == String.class
                && f.getValue() instanceof String) {
            // A string refused as a string: see UnicodeTextDeserializer.
            message = "must be Unicode text (no lone surrogates)";
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "must be " + describe(m.getTargetType());
        } else {
            field = field.isEmpty() ? "body" : field;
            message = "is not well-formed JSON";
        }
        return respond(ProblemException.invalid(field.isEmpty() ? "body" : field, message).toProblem());
    }

    /** Quarkus maps this subtype itself; ours must be at least as specific to take precedence. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = status == 404 ? "No resource at this path." : title + ".";
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        return respond(new Problem(ProblemTypes.forStatus(status, null), title, status, detail, null, null));
    }

    /** Failures that surface at commit arrive wrapped; their root decides the answer. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException p) {
                return problem(p);
            }
            if (cause instanceof ClosedChannelException || cause instanceof HttpClosedException) {
                // The client went away mid-request: nobody will read this answer, and it is no fault of ours.
                LOG.debugf("Client closed the connection before the request was complete: %s", cause);
                return respond(ProblemException.invalid("body", "ended before it was complete").toProblem());
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException) {
                return respond(ProblemException.conflict(
                        "The request conflicts with a concurrent change; read the resource again and retry.").toProblem());
            }
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                LOG.warn("Database unreachable: " + cause.getMessage());
                return unavailable("The database is unreachable; try again shortly.");
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("Acquisition timeout")) {
                LOG.warn("No database connection free in time: " + sql.getMessage());
                return unavailable("The service is busy; try again shortly.");
            }
        }
        LOG.error("Unexpected failure", e);
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "The request could not be completed.", null, null));
    }

    private static Response unavailable(String detail) {
        return Response.fromResponse(respond(new Problem(ProblemTypes.forStatus(503, null), "Service unavailable", 503,
                detail, null, null))).header("Retry-After", "1").build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // Method-parameter paths look like "create.request.name": keep what the client sent;
        // a violation of the parameter itself ("create.request") is about the whole body.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : "body";
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return type == java.time.LocalDate.class ? "a date YYYY-MM-DD" : "an ISO-8601 instant";
        }
        return "a " + type.getSimpleName();
    }
}
