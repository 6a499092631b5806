package io.communityedu.bench;

import java.time.Duration;

/** The time a benchmark (or one of its phases) may take at most. */
public final class Deadline {

    private final long end;
    private final Duration limit;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.end = System.nanoTime() + limit.toNanos();
    }

    public static Deadline in(Duration limit) {
        return new Deadline(limit);
    }

    public boolean passed() {
        return System.nanoTime() >= end;
    }

    public long remainingMillis() {
        return Math.max(0, (end - System.nanoTime()) / 1_000_000);
    }

    /** Fails when the deadline has passed, naming what was being done. */
    public void check(String doing) {
        if (passed()) {
            throw new DeadlineExceeded("Deadline of " + limit + " passed while " + doing);
        }
    }

    /** Thrown when a benchmark runs out of time; the benchmark stops and says so. */
    public static final class DeadlineExceeded extends RuntimeException {
        public DeadlineExceeded(String message) {
            super(message);
        }
    }
}
