package io.communityedu.support.outbox;

/** Fired when an outbox row is written; observed after commit to wake the relay at once. */
public record OutboxWritten(String topic) {
}
