package io.communityedu.support.inbox;

/**
 * Applies events of one topic to the service's own state. Called inside the transaction that
 * also records the event id, so an effect happens once however often the event is delivered.
 * Unknown types are ignored: producers may add types a consumer does not need. An envelope with a
 * {@code schemaVersion} the handler does not support is refused before it is handed over (and
 * ends in the dead-letter topic).
 */
public interface EventHandler {

    String topic();

    void handle(IncomingEvent event);

    /** Whether {@link #handle} understands envelopes of this schema version; version 1 by default. */
    default boolean supportsSchemaVersion(int schemaVersion) {
        return schemaVersion == 1;
    }
}
