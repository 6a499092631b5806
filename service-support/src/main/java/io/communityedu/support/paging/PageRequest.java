package io.communityedu.support.paging;

import java.util.List;

/** Which page of a list: page from 0, size 1..100 ({@code QueryParams.page} reads it from a query). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public <T> PageResponse<T> respond(List<T> items, long total) {
        return new PageResponse<>(items, page, size, total);
    }
}
