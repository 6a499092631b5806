package io.communityedu.support.api;

import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.problem.FieldError;
import io.communityedu.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Typed reading of optional query parameters. JAX-RS answers 404 when a query parameter does not
 * convert; the API promises 400 with the parameter named, so resources take them raw and read them here.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** {@code ?page=0&size=20}: page from 0, size 1..100; anything but a number in range is a 400 naming each. */
    public static PageRequest page(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Integer p = parseInt("page", page, 0, Integer.MAX_VALUE / PageRequest.MAX_SIZE, errors);
        Integer s = parseInt("size", size, 1, PageRequest.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(p == null ? 0 : p, s == null ? PageRequest.DEFAULT_SIZE : s);
    }

    public static Integer optionalInt(String name, String raw, int min, int max) {
        List<FieldError> errors = new ArrayList<>();
        Integer value = parseInt(name, raw, min, max, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return value;
    }

    public static Boolean optionalBoolean(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static Integer parseInt(String name, String raw, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return null;
        }
    }
}
