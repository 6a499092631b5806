package io.communityedu.support.inbox;

/**
 * Applies events of one topic to the service's own state. Called inside the transaction that
 * also records the event id, so an effect happens once however often the event is delivered.
 * Unknown types are ignored: producers may add types a consumer does not need.
 */
public interface EventHandler {

    String topic();

    void handle(IncomingEvent event);
}
