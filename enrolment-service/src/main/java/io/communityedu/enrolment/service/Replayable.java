package io.communityedu.enrolment.service;

/** An answer, and whether it is the stored first answer to an earlier request with the same Idempotency-Key. */
public record Replayable<T>(T value, boolean replayed) {
}
