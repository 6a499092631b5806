package io.communityedu.support.problem;

/** One invalid field of a request: its JSON path (or query parameter) and what is wrong. */
public record FieldError(String field, String message) {
}
