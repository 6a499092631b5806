package io.communityedu.enrolment.api;

import io.communityedu.support.paging.PageResponse;

import java.util.function.Function;

/** A service's page of views as the same page of JSON records. */
final class Pages {

    private Pages() {
    }

    static <V, R> PageResponse<R> map(PageResponse<V> page, Function<V, R> toJson) {
        return new PageResponse<>(page.items().stream().map(toJson).toList(), page.page(), page.size(), page.total());
    }
}
