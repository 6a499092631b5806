package io.communityedu.support.paging;

import java.util.List;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": 57}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
