package io.communityedu.support.outbox;

import io.communityedu.support.retention.RetentionConfig;
import io.communityedu.support.retention.RetentionTask;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Sent outbox rows, once {@code outbox.retention} has passed: Kafka holds the events from then on. */
@ApplicationScoped
public class SentOutboxRetention implements RetentionTask {

    private final OutboxStore store;
    private final OutboxConfig outbox;
    private final RetentionConfig retention;

    public SentOutboxRetention(OutboxStore store, OutboxConfig outbox, RetentionConfig retention) {
        this.store = store;
        this.outbox = outbox;
        this.retention = retention;
    }

    @Override
    public String name() {
        return "sent outbox rows";
    }

    @Override
    public long purge(Instant now) {
        Instant cutoff = now.minus(outbox.retention());
        return RetentionTask.inChunks(retention.chunkSize(), limit -> store.deleteSentBefore(cutoff, limit));
    }
}
