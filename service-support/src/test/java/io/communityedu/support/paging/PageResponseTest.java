package io.communityedu.support.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageResponseTest {

    @Test
    void respondCarriesTheRequestedPageAndTheTotal() {
        PageResponse<String> page = new PageRequest(2, 5).respond(List.of("王", "李"), 12);
        assertEquals(new PageResponse<>(List.of("王", "李"), 2, 5, 12), page);
    }

    @Test
    void aTranslatedPageKeepsItsPlaceInTheList() {
        PageResponse<Integer> lengths = new PageResponse<>(List.of("清淮路", "新河"), 1, 2, 5).map(String::length);
        assertEquals(new PageResponse<>(List.of(3, 2), 1, 2, 5), lengths);
    }
}
