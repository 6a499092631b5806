package io.communityedu.enrolment.enrolling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One session's requests in order of arrival, and whether a worker is on them. Used only inside
 * {@link EnrolmentQueues}' atomic map operations, so it needs no locking of its own.
 */
final class SessionQueue {

    private final ArrayDeque<PendingEnrolment> waiting = new ArrayDeque<>();
    private boolean draining;

    /** Adds the request; true when no worker is on the queue, so the caller must start one. */
    boolean add(PendingEnrolment pending) {
        waiting.add(pending);
        if (draining) {
            return false;
        }
        draining = true;
        return true;
    }

    /** Up to {@code max} requests, oldest first; none when the queue is empty, and then no worker is on it. */
    List<PendingEnrolment> take(int max) {
        List<PendingEnrolment> batch = new ArrayList<>(Math.min(max, waiting.size()));
        while (batch.size() < max && !waiting.isEmpty()) {
            batch.add(waiting.poll());
        }
        draining = !batch.isEmpty();
        return batch;
    }

    boolean isIdle() {
        return !draining && waiting.isEmpty();
    }
}
