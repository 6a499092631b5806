package io.communityedu.support.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": 57}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    /** The same page with each item translated, e.g. a service's views into a resource's JSON records. */
    public <R> PageResponse<R> map(Function<? super T, ? extends R> translate) {
        return new PageResponse<>(items.stream().<R>map(translate).toList(), page, size, total);
    }
}
