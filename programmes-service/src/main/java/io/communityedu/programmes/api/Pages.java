package io.communityedu.programmes.api;

import io.communityedu.support.paging.PageResponse;

import java.util.function.Function;

/** Turns a service's page of views into the page of JSON records a resource answers with. */
public final class Pages {

    private Pages() {
    }

    public static <V, R> PageResponse<R> map(PageResponse<V> page, Function<V, R> toResponse) {
        return new PageResponse<>(page.items().stream().map(toResponse).toList(), page.page(), page.size(), page.total());
    }
}
