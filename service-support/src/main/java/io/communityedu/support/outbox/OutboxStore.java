package io.communityedu.support.outbox;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The relay's short transactions; none is held open while Kafka is called. */
@ApplicationScoped
public class OutboxStore {

    static final String LEASE = "relay";

    /** Takes or renews the relay lease; database time decides, so clocks of instances need not agree. */
    @Transactional
    public boolean holdLease(String owner, Duration duration) {
        return Panache.getEntityManager().createNativeQuery("""
                        UPDATE outbox_lease
                           SET owner = ?1, expires_at = TIMESTAMPADD(MICROSECOND, ?2, UTC_TIMESTAMP(6))
                         WHERE name = ?3 AND (owner = ?1 OR owner IS NULL OR expires_at < UTC_TIMESTAMP(6))""")
                .setParameter(1, owner)
                .setParameter(2, duration.toNanos() / 1000)
                .setParameter(3, LEASE)
                .executeUpdate() == 1;
    }

    @Transactional
    public void releaseLease(String owner) {
        Panache.getEntityManager()
                .createNativeQuery("UPDATE outbox_lease SET owner = NULL WHERE name = ?1 AND owner = ?2")
                .setParameter(1, LEASE)
                .setParameter(2, owner)
                .executeUpdate();
    }

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

    @Transactional
    public long deleteSentBefore(Instant cutoff) {
        return OutboxEvent.delete("sentAt < ?1", cutoff);
    }

    @Transactional
    public long countPending() {
        return OutboxEvent.count("sentAt is null");
    }
}
