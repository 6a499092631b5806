package io.communityedu.programmes.service;

/**
 * One field of a partial update that may also be cleared: not present, the field stays as it is;
 * present, it becomes {@code value}, null clearing it.
 */
public record FieldChange<T>(boolean present, T value) {

    public FieldChange {
        if (!present && value != null) {
            throw new IllegalArgumentException("A field that is not changed has no value");
        }
    }

    public static <T> FieldChange<T> none() {
        return new FieldChange<>(false, null);
    }

    public static <T> FieldChange<T> to(T value) {
        return new FieldChange<>(true, value);
    }
}
