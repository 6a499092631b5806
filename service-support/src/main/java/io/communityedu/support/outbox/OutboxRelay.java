package io.communityedu.support.outbox;

import io.communityedu.support.lease.DatabaseLease;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends outbox rows to Kafka in commit order and marks them sent, retrying with back-off until
 * the broker takes them. One instance at a time relays (database lease), so order holds across
 * replicas. A crash between send and mark re-sends a few rows: consumers drop them by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String LEASE = "relay";

    private final OutboxStore store;
    private final DatabaseLease lease;
    private final OutboxConfig config;
    private final Producer<String, String> producer;
    private final String owner = "relay-" + UUID.randomUUID();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(OutboxStore store, DatabaseLease lease, OutboxConfig config, Producer<String, String> producer) {
        this.store = store;
        this.lease = lease;
        this.config = config;
        this.producer = producer;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        wake.release();
        thread.join(Duration.ofSeconds(10).toMillis());
        try {
            lease.release(LEASE, owner);
        } catch (RuntimeException e) {
            LOG.debug("Lease not released; it expires by itself", e);
        }
    }

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wake.release();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                boolean more = false;
                if (lease.hold(LEASE, owner, config.leaseDuration())) {
                    more = relayBatch() == config.batchSize();
                }
                if (!backoff.isZero()) {
                    LOG.info("Outbox relay recovered");
                    backoff = Duration.ZERO;
                }
                if (!more) {
                    await(config.pollInterval());
                }
            } catch (RuntimeException e) {
                backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), config.maxBackoff());
                LOG.warnf("Outbox relay paused %d ms: %s", backoff.toMillis(), e.getMessage());
                await(backoff);
            }
        }
    }

    /** Sends one batch; marks what Kafka acknowledged, up to the first failure, so order is kept. */
    private int relayBatch() {
        List<OutboxEvent> batch = store.pending(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            acks.add(producer.send(new ProducerRecord<>(row.topic, row.messageKey, row.payload)));
        }
        List<Long> sent = new ArrayList<>(batch.size());
        RuntimeException failure = null;
        for (int i = 0; i < batch.size() && failure == null; i++) {
            try {
                acks.get(i).get();
                sent.add(batch.get(i).seq);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted", e);
            } catch (Exception e) {
                failure = new IllegalStateException("Kafka did not take event " + batch.get(i).eventId
                        + ": " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
            }
        }
        store.markSent(sent, Instant.now());
        if (failure != null) {
            throw failure;
        }
        return batch.size();
    }

    private void await(Duration duration) {
        try {
            if (wake.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                wake.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
