package io.communityedu.support.paging;

import io.communityedu.support.api.QueryParams;
import io.communityedu.support.problem.FieldError;
import io.communityedu.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** {@code ?page=0&size=20}: page from 0, size 1..100. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Reads the raw query parameters; anything but a number in range is a 400. */
    public static PageRequest of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Integer p = QueryParams.parseInt("page", page, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        Integer s = QueryParams.parseInt("size", size, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(p == null ? 0 : p, s == null ? DEFAULT_SIZE : s);
    }

    public <T> PageResponse<T> respond(List<T> items, long total) {
        return new PageResponse<>(items, page, size, total);
    }
}
