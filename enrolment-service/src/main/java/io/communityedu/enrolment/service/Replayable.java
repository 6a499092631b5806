package io.communityedu.enrolment.service;

import io.communityedu.support.problem.Problem;

/**
 * An answer (a value, or a refusal kept for an Idempotency-Key), and whether it is the stored first
 * answer to an earlier request with the same key.
 */
public record Replayable<T>(T value, Problem refusal, boolean replayed) {

    public static <T> Replayable<T> of(T value) {
        return new Replayable<>(value, null, false);
    }

    public static <T> Replayable<T> replayed(T value) {
        return new Replayable<>(value, null, true);
    }

    public static <T> Replayable<T> refused(Problem refusal, boolean replayed) {
        return new Replayable<>(null, refusal, replayed);
    }
}
