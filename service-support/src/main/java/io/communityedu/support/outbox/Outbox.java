package io.communityedu.support.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * The only way a service publishes: the event row joins the caller's transaction, so the state
 * change and its event commit together or not at all. {@link OutboxRelay} sends it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final Event<OutboxWritten> written;

    public Outbox(ObjectMapper mapper, Event<OutboxWritten> written) {
        this.mapper = mapper;
        this.written = written;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String key, String type, Object data) {
        EventEnvelope envelope = EventEnvelope.of(type, data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = topic;
        row.messageKey = key;
        row.eventType = type;
        row.occurredAt = envelope.occurredAt();
        try {
            row.payload = mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be written as JSON", e);
        }
        row.persist();
        written.fire(new OutboxWritten(topic));
        return envelope;
    }
}
