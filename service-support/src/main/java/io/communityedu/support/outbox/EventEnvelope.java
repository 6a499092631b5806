package io.communityedu.support.outbox;

import java.time.Instant;
import java.util.UUID;

/** What every event on every topic looks like; {@code data} is the type's own schema (see docs/asyncapi.yaml). */
public record EventEnvelope(String eventId, String type, Instant occurredAt, int schemaVersion, Object data) {

    public static final int SCHEMA_VERSION = 1;

    public static EventEnvelope of(String type, Object data) {
        return new EventEnvelope(UUID.randomUUID().toString(), type, Instant.now(), SCHEMA_VERSION, data);
    }
}
