package io.communityedu.support.inbox;

import io.communityedu.support.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies an event at most once: the handler's effect and the event id commit together. */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** @return false when the event had been applied before and was skipped */
    @Transactional
    public boolean apply(IncomingEvent event, EventHandler handler) {
        return applyOnce(event, handler);
    }

    /**
     * Applies a batch in one transaction: all of it or none. Much cheaper than a transaction per
     * event when a backlog is read: the ids already applied are read in one query, and a duplicate
     * within the batch is skipped like any other.
     */
    @Transactional
    public void applyAll(List<IncomingEvent> events, Map<String, EventHandler> handlersByTopic) {
        if (events.isEmpty()) {
            return;
        }
        Set<String> applied = new HashSet<>(em.createQuery(
                        "SELECT p.eventId FROM ProcessedEvent p WHERE p.eventId IN :ids", String.class)
                .setParameter("ids", events.stream().map(IncomingEvent::eventId).toList())
                .getResultList());
        for (IncomingEvent event : events) {
            if (applied.add(event.eventId())) {
                handleAndRecord(event, handlersByTopic.get(event.topic()));
            }
        }
    }

    private boolean applyOnce(IncomingEvent event, EventHandler handler) {
        // A concurrent duplicate cannot slip through: the id is the primary key of the row written below.
        if (em.find(ProcessedEvent.class, event.eventId()) != null) {
            return false;
        }
        handleAndRecord(event, handler);
        return true;
    }

    private void handleAndRecord(IncomingEvent event, EventHandler handler) {
        if (!handler.supportsSchemaVersion(event.schemaVersion())) {
            throw new UnsupportedEventException("Event " + event.eventId() + " (" + event.type() + ") has schemaVersion "
                    + event.schemaVersion() + ", which the " + event.topic() + " consumer does not support");
        }
        handler.handle(event);
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = event.eventId();
        processed.eventType = event.type();
        processed.processedAt = Timestamps.now();
        em.persist(processed);
    }
}
