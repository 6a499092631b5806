package io.communityedu.support.paging;

import io.communityedu.support.problem.FieldError;
import io.communityedu.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void absentParametersMeanTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
        assertEquals(new PageRequest(0, 20), PageRequest.of("", ""));
        assertEquals(new PageRequest(3, 100), PageRequest.of("3", "100"));
    }

    @Test
    void everyBadParameterIsNamedInOneRefusal() {
        ProblemException refused = assertThrows(ProblemException.class, () -> PageRequest.of("-1", "101"));
        assertEquals(400, refused.status());
        assertEquals(List.of("page", "size"), refused.toProblem().errors().stream().map(FieldError::field).toList());
        for (String[] bad : new String[][] {{"x", null}, {null, "0"}, {null, "2.5"}, {"99999999999", null}}) {
            assertThrows(ProblemException.class, () -> PageRequest.of(bad[0], bad[1]), String.join(",", bad[0] + "", bad[1] + ""));
        }
    }

    @Test
    void aPageCannotReachBeyondTheLargestOffset() {
        int last = Integer.MAX_VALUE / PageRequest.MAX_SIZE;
        assertEquals(last, PageRequest.of(String.valueOf(last), "100").page());
        assertThrows(ProblemException.class, () -> PageRequest.of(String.valueOf(last + 1), null));
    }

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
