package io.communityedu.support.outbox;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** The relay's short transactions; none is held open while Kafka is called. */
@ApplicationScoped
public class OutboxStore {

    @Transactional
    public List<OutboxEvent> pending(int limit) {
        return OutboxEvent.<OutboxEvent>find("sentAt is null order by seq").page(0, limit).list();
    }

    @Transactional
    public void markSent(List<Long> seqs, Instant sentAt) {
        if (!seqs.isEmpty()) {
            OutboxEvent.update("sentAt = ?1 where seq in ?2", sentAt, seqs);
        }
    }

    /** Deletes up to {@code limit} rows sent before {@code cutoff}; a short transaction per chunk. */
    @Transactional
    public int deleteSentBefore(Instant cutoff, int limit) {
        return Panache.getEntityManager()
                .createNativeQuery("DELETE FROM outbox_event WHERE sent_at < ?1 ORDER BY seq LIMIT ?2")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .executeUpdate();
    }

    @Transactional
    public long countPending() {
        return OutboxEvent.count("sentAt is null");
    }
}
