package io.communityedu.support.inbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** An event read from Kafka: the envelope's fields, with {@code data} left as JSON for the handler to read. */
public record IncomingEvent(String eventId, String type, Instant occurredAt, int schemaVersion, JsonNode data,
                            String topic, String key) {
}
