package io.communityedu.support.outbox;

import java.time.Instant;

/** An event row waiting for its transaction's commit ({@link Outbox}). */
record OutboxRow(String eventId, String topic, String messageKey, String eventType, String payload, Instant occurredAt) {
}
