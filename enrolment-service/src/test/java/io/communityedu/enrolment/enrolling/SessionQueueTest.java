package io.communityedu.enrolment.enrolling;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionQueueTest {

    @Test
    void onlyTheFirstArrivalOnAnIdleQueueStartsAWorker() {
        SessionQueue queue = new SessionQueue();
        assertTrue(queue.add(pending("a")));
        assertFalse(queue.add(pending("b")));
        assertFalse(queue.isIdle());
    }

    @Test
    void batchesAreTakenInOrderOfArrivalUpToTheLimit() {
        SessionQueue queue = new SessionQueue();
        List.of("a", "b", "c").forEach(r -> queue.add(pending(r)));
        assertEquals(List.of("a", "b"), residents(queue.take(2)));
        assertEquals(List.of("c"), residents(queue.take(2)));
        assertFalse(queue.isIdle(), "the worker is still on it until it finds it empty");
        assertEquals(List.of(), queue.take(2));
        assertTrue(queue.isIdle());
        assertTrue(queue.add(pending("d")), "an arrival after that starts a worker again");
    }

    private static PendingEnrolment pending(String resident) {
        return new PendingEnrolment(new EnrolmentCommand(resident, "s-1", null, null, null));
    }

    private static List<String> residents(List<PendingEnrolment> batch) {
        return batch.stream().map(p -> p.command().residentId()).toList();
    }
}
