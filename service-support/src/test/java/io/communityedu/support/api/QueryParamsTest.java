package io.communityedu.support.api;

import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.problem.FieldError;
import io.communityedu.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParamsTest {

    @Test
    void absentPageParametersMeanTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), QueryParams.page(null, null));
        assertEquals(new PageRequest(0, 20), QueryParams.page("", ""));
        assertEquals(new PageRequest(3, 100), QueryParams.page("3", "100"));
    }

    @Test
    void everyBadPageParameterIsNamedInOneRefusal() {
        ProblemException refused = assertThrows(ProblemException.class, () -> QueryParams.page("-1", "101"));
        assertEquals(400, refused.status());
        assertEquals(List.of("page", "size"), refused.toProblem().errors().stream().map(FieldError::field).toList());
        for (String[] bad : new String[][] {{"x", null}, {null, "0"}, {null, "2.5"}, {"99999999999", null}}) {
            assertThrows(ProblemException.class, () -> QueryParams.page(bad[0], bad[1]), bad[0] + "," + bad[1]);
        }
    }

    @Test
    void aPageCannotReachBeyondTheLargestOffset() {
        int last = Integer.MAX_VALUE / PageRequest.MAX_SIZE;
        assertEquals(last, QueryParams.page(String.valueOf(last), "100").page());
        assertThrows(ProblemException.class, () -> QueryParams.page(String.valueOf(last + 1), null));
    }

    @Test
    void optionalValuesAreAbsentWhenEmptyAndRefusedWhenMalformed() {
        assertNull(QueryParams.optionalInt("year", "", 1900, 2100));
        assertEquals(2010, QueryParams.optionalInt("year", "2010", 1900, 2100));
        assertThrows(ProblemException.class, () -> QueryParams.optionalInt("year", "1899", 1900, 2100));
        assertEquals(Boolean.TRUE, QueryParams.optionalBoolean("unread", "TRUE"));
        assertThrows(ProblemException.class, () -> QueryParams.optionalBoolean("unread", "yes"));
        assertEquals(Thread.State.NEW, QueryParams.optionalEnum("state", "NEW", Thread.State.class));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> QueryParams.optionalEnum("state", "new", Thread.State.class));
        assertEquals("state", refused.toProblem().errors().get(0).field());
    }
}
