package io.communityedu.support.inbox;

import io.communityedu.support.retention.RetentionConfig;
import io.communityedu.support.retention.RetentionTask;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Ids of consumed events, once {@code inbox.processed-retention} has passed. They only guard against
 * a redelivery (a crash between applying a poll and committing its offsets, a rebalance), which
 * comes within seconds; a week leaves room for a consumer stopped for days. A group that lost its
 * offsets altogether would re-read from the start, so the brokers keep offsets for years
 * ({@code offsets.retention.minutes} in docker-compose.yml and the local stack).
 */
@ApplicationScoped
public class ProcessedEventRetention implements RetentionTask {

    private final InboxConfig inbox;
    private final RetentionConfig retention;

    public ProcessedEventRetention(InboxConfig inbox, RetentionConfig retention) {
        this.inbox = inbox;
        this.retention = retention;
    }

    @Override
    public String name() {
        return "consumed event ids";
    }

    @Override
    public long purge(Instant now) {
        Instant cutoff = now.minus(inbox.processedRetention());
        return RetentionTask.inChunks(retention.chunkSize(), limit -> Panache.getEntityManager()
                .createNativeQuery("DELETE FROM processed_event WHERE processed_at < ?1 LIMIT ?2")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .executeUpdate());
    }
}
