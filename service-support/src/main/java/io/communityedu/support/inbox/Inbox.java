package io.communityedu.support.inbox;

import io.communityedu.support.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
        // A concurrent duplicate cannot slip through: the id is the primary key of the row written below.
        if (em.find(ProcessedEvent.class, event.eventId()) != null) {
            return false;
        }
        handler.handle(event);
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = event.eventId();
        processed.eventType = event.type();
        processed.processedAt = Timestamps.now();
        em.persist(processed);
        return true;
    }
}
