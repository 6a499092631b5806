package io.communityedu.support.inbox;

import java.time.Duration;

/**
 * How often an event that cannot be applied is tried before it is dead-lettered, and how long to
 * wait between attempts: {@code initialBackoff} after the first failure, doubling up to
 * {@code maxBackoff}.
 */
public record RetryPolicy(int attempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initial back-off <= max back-off");
        }
    }

    public static RetryPolicy of(InboxConfig.DeadLetter config) {
        return new RetryPolicy(config.attempts(), config.initialBackoff(), config.maxBackoff());
    }

    /** Whether an event that failed this many times is to be dead-lettered now. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= attempts;
    }

    /** The pause after the n-th failed attempt (n from 1). */
    public Duration backoff(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        Duration pause = initialBackoff;
        for (int i = 1; i < failedAttempts && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) <= 0 ? pause : maxBackoff;
    }
}
