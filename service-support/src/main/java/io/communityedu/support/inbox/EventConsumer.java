package io.communityedu.support.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The poll loop: reads the topics the service has handlers for, applies what each poll returns
 * through the {@link Inbox} (each event in its own transaction, or all in one with
 * {@code inbox.batch-transactions}), then commits the offsets once per poll: a redelivery after a
 * crash is harmless, the inbox skips what it has seen. A record that cannot be applied (database
 * down) is retried from the same offset with back-off, so nothing is skipped; a record that is not
 * an event at all is logged and passed over, so one bad message cannot stop the service.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Map<String, EventHandler> handlers;
    private final Inbox inbox;
    private final InboxConfig config;
    private final Instance<Consumer<String, String>> consumers;
    private final ObjectMapper mapper;
    private volatile boolean running;
    private volatile Instant lastApplied;
    private volatile long lag = -1;
    private final AtomicReference<Replay> replay = new AtomicReference<>();
    private Consumer<String, String> consumer;
    private Thread thread;

    public EventConsumer(Instance<EventHandler> handlers, Inbox inbox, InboxConfig config,
                         Instance<Consumer<String, String>> consumers, ObjectMapper mapper) {
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::topic, Function.identity()));
        this.inbox = inbox;
        this.config = config;
        this.consumers = consumers;
        this.mapper = mapper;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled() || handlers.isEmpty()) {
            return;
        }
        consumer = consumers.get();
        consumer.subscribe(handlers.keySet());
        running = true;
        thread = new Thread(this::run, "event-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10).toMillis());
    }

    /** When the newest event was applied; null before the first. */
    public Instant lastApplied() {
        return lastApplied;
    }

    /** Records on the assigned partitions not yet applied, as of the last poll; -1 while unknown. */
    public long lag() {
        return lag;
    }

    /**
     * Reads every topic again from the beginning. On the poll thread, the committed offsets go back
     * to the beginning first, then {@code reset} runs (it must forget every effect and every
     * applied event id), then reading starts over. A crash in between replays into unchanged state,
     * which the inbox turns into no-ops: nothing is lost either way. Covers the partitions assigned
     * to this instance, so a rebuild wants a single running instance.
     *
     * @return completes when the reset is done and the replay has begun
     */
    public CompletableFuture<Void> replayFromBeginning(Runnable reset) {
        Replay request = new Replay(reset, new CompletableFuture<>());
        if (thread == null || !replay.compareAndSet(null, request)) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    thread == null ? "This instance does not consume events" : "A replay is already starting"));
        }
        return request.done(); // taken up by the poll loop within one poll timeout
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        try {
            while (running) {
                replayIfAsked();
                ConsumerRecords<String, String> records = consumer.poll(config.pollTimeout());
                if (records.isEmpty() || (config.batchTransactions() && applyAllAtOnce(records)) || applyOneByOne(records)) {
                    backoff = Duration.ZERO;
                } else {
                    backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), config.maxBackoff());
                    Thread.sleep(backoff.toMillis());
                }
                lag = currentLag();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void replayIfAsked() {
        Replay request = replay.getAndSet(null);
        if (request == null) {
            return;
        }
        try {
            rewindAndReset(request.reset());
            request.done().complete(null);
        } catch (RuntimeException e) {
            request.done().completeExceptionally(e);
        }
    }

    private void rewindAndReset(Runnable reset) {
        // Records polled while waiting for partitions are dropped: the seek below reads them again.
        while (consumer.assignment().isEmpty() && running) {
            consumer.poll(config.pollTimeout());
        }
        if (!running) {
            throw new IllegalStateException("The consumer is stopping");
        }
        Set<TopicPartition> partitions = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> beginnings = consumer.beginningOffsets(partitions).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())));
        consumer.commitSync(beginnings);
        reset.run();
        consumer.seekToBeginning(partitions);
        lastApplied = null;
        LOG.infof("Replaying %s from the beginning", partitions);
    }

    private long currentLag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            var partitionLag = consumer.currentLag(partition);
            if (partitionLag.isEmpty()) {
                return -1;
            }
            total += partitionLag.getAsLong();
        }
        return total;
    }

    /**
     * The usual case: the whole poll in one transaction, then one offset commit per partition.
     * @return false when something in it could not be applied; nothing of it was
     */
    private boolean applyAllAtOnce(ConsumerRecords<String, String> records) {
        List<IncomingEvent> events = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                IncomingEvent event = parse(record);
                if (event != null) {
                    events.add(event);
                }
                next.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        try {
            inbox.applyAll(events, handlers);
        } catch (RuntimeException e) {
            LOG.debugf("Batch of %d events not applied, trying one by one: %s", events.size(), e.getMessage());
            return false;
        }
        if (!events.isEmpty()) {
            lastApplied = events.get(events.size() - 1).occurredAt();
        }
        consumer.commitSync(next);
        return true;
    }

    /**
     * Each record in its own transaction, then the offsets of what was applied committed once. The
     * consumer is rewound to the first record of a partition that cannot be applied.
     * @return false when some record must be tried again
     */
    private boolean applyOneByOne(ConsumerRecords<String, String> records) {
        boolean all = true;
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                if (!applyOrRewind(record)) {
                    all = false;
                    break;
                }
                next.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!next.isEmpty()) {
            consumer.commitSync(next);
        }
        return all;
    }

    /** @return false when the record must be tried again; the consumer is then rewound to it */
    private boolean applyOrRewind(ConsumerRecord<String, String> record) {
        IncomingEvent event = parse(record);
        if (event == null) {
            return true;
        }
        try {
            inbox.apply(event, handlers.get(record.topic()));
            lastApplied = event.occurredAt();
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Event %s (%s) not applied yet, will retry: %s", event.eventId(), event.type(), e.getMessage());
            consumer.seek(new TopicPartition(record.topic(), record.partition()), record.offset());
            return false;
        }
    }

    private IncomingEvent parse(ConsumerRecord<String, String> record) {
        try {
            JsonNode json = mapper.readTree(record.value());
            if (!json.hasNonNull("eventId") || !json.hasNonNull("type") || !json.has("data")) {
                throw new IllegalArgumentException("not an event envelope");
            }
            return new IncomingEvent(json.get("eventId").asText(), json.get("type").asText(),
                    json.hasNonNull("occurredAt") ? Instant.parse(json.get("occurredAt").asText()) : Instant.now(),
                    json.path("schemaVersion").asInt(1), json.get("data"), record.topic(), record.key());
        } catch (Exception e) {
            LOG.errorf("Skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Replay(Runnable reset, CompletableFuture<Void> done) {
    }
}
