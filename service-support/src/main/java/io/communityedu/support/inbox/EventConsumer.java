package io.communityedu.support.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.support.deadletter.DeadLetterHeaders;
import io.communityedu.support.deadletter.DeadLetterPublisher;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
 * crash is harmless, the inbox skips what it has seen.
 * <p>
 * A record that cannot be applied is tried again from the same offset with back-off. While the
 * database is unreachable that goes on until it is back, so nothing is skipped. Otherwise the
 * record itself is to blame (not an event envelope, a schema version the handler does not support,
 * a handler that keeps throwing): after {@code inbox.dead-letter.attempts} attempts it is published
 * to {@code <topic>.DLT} with the failure in headers ({@link DeadLetterPublisher}) and its offset is
 * committed, so the partition moves on. In batch mode a failed batch falls back to one record per
 * transaction, which isolates the record that fails.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Map<String, EventHandler> handlers;
    private final Inbox inbox;
    private final InboxConfig config;
    private final Instance<Consumer<String, String>> consumers;
    private final ObjectMapper mapper;
    private final DeadLetterPublisher deadLetters;
    private final DatabaseProbe database;
    private final RetryPolicy retry;
    private final String group;
    /** Failed attempts of the records being retried, by position; emptied as they are applied or dead-lettered. */
    private final Map<Position, Integer> failures = new HashMap<>();
    private Duration outageBackoff = Duration.ZERO;
    private volatile boolean running;
    private volatile Instant lastApplied;
    private volatile long lag = -1;
    private final AtomicReference<Replay> replay = new AtomicReference<>();
    private Consumer<String, String> consumer;
    private Thread thread;

    public EventConsumer(Instance<EventHandler> handlers, Inbox inbox, InboxConfig config,
                         Instance<Consumer<String, String>> consumers, ObjectMapper mapper,
                         DeadLetterPublisher deadLetters, DatabaseProbe database, ConsumerGroup group) {
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::topic, Function.identity()));
        this.inbox = inbox;
        this.config = config;
        this.consumers = consumers;
        this.mapper = mapper;
        this.deadLetters = deadLetters;
        this.database = database;
        this.retry = RetryPolicy.of(config.deadLetter());
        this.group = group.name();
    }

    /** The topics this service has handlers for (consumed or not by this instance). */
    public Set<String> topics() {
        return Set.copyOf(handlers.keySet());
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled() || handlers.isEmpty()) {
            return;
        }
        consumer = consumers.get();
        consumer.subscribe(handlers.keySet(), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                forget(partitions); // on the poll thread: another instance counts its own attempts
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            }
        });
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

    private void forget(Collection<TopicPartition> partitions) {
        failures.keySet().removeIf(position -> partitions.contains(new TopicPartition(position.topic(), position.partition())));
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
        try {
            while (running) {
                replayIfAsked();
                ConsumerRecords<String, String> records = consumer.poll(config.pollTimeout());
                Duration pause = Duration.ZERO;
                // While a record is being retried, its neighbours go one by one: the batch would fail with it.
                if (!records.isEmpty() && !(config.batchTransactions() && failures.isEmpty() && applyAllAtOnce(records))) {
                    pause = applyOneByOne(records);
                }
                if (pause.isZero()) {
                    outageBackoff = Duration.ZERO;
                } else {
                    Thread.sleep(pause.toMillis());
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
        failures.clear();
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
                if (!forAnotherGroup(record)) {
                    try {
                        events.add(parse(record));
                    } catch (UnsupportedEventException e) {
                        return false; // one by one finds it and deals with it
                    }
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
     * Each record in its own transaction, then the offsets of what was applied (or dead-lettered)
     * committed once. The consumer is rewound to the first record of a partition that must be
     * tried again.
     * @return how long to wait before the next attempt; zero when everything was dealt with
     */
    private Duration applyOneByOne(ConsumerRecords<String, String> records) {
        Duration pause = Duration.ZERO;
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                Duration wait = applyOrRewind(record);
                if (!wait.isZero()) {
                    pause = pause.isZero() ? wait : min(pause, wait);
                    break;
                }
                next.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!next.isEmpty()) {
            consumer.commitSync(next);
        }
        return pause;
    }

    /**
     * Applies the record, or dead-letters it once it has failed often enough.
     * @return zero when the record is dealt with; otherwise the pause before it is tried again (the consumer is rewound to it)
     */
    private Duration applyOrRewind(ConsumerRecord<String, String> record) {
        if (forAnotherGroup(record)) {
            return Duration.ZERO;
        }
        Position position = new Position(record.topic(), record.partition(), record.offset());
        try {
            IncomingEvent event = parse(record);
            inbox.apply(event, handlers.get(record.topic()));
            lastApplied = event.occurredAt();
            failures.remove(position);
            return Duration.ZERO;
        } catch (RuntimeException e) {
            if (!(e instanceof UnsupportedEventException) && (Failures.isConnectionFailure(e) || !database.reachable())) {
                // Not the event's fault: wait for the database as long as it takes, counting nothing.
                outageBackoff = outageBackoff.isZero() ? retry.initialBackoff() : min(outageBackoff.multipliedBy(2), config.maxBackoff());
                LOG.warnf("Record %s not applied, database unavailable, will retry: %s", position, e.getMessage());
                return rewind(record, outageBackoff);
            }
            int attempts = failures.merge(position, 1, Integer::sum);
            if (!retry.exhausted(attempts)) {
                LOG.warnf("Record %s not applied (attempt %d of %d), will retry: %s", position, attempts, retry.attempts(),
                        e.getMessage());
                return rewind(record, retry.backoff(attempts));
            }
            try {
                deadLetters.publish(record, e, attempts);
            } catch (RuntimeException notSent) {
                LOG.warnf("Record %s could not be dead-lettered, will retry: %s", position, notSent.getMessage());
                return rewind(record, retry.maxBackoff());
            }
            LOG.errorf(e, "Record %s moved to %s after %d attempts", position, deadLetters.topicFor(record.topic()), attempts);
            failures.remove(position);
            return Duration.ZERO;
        }
    }

    /** A re-driven copy of a dead letter is meant for the group that re-drove it: the others applied or dead-lettered the original. */
    private boolean forAnotherGroup(ConsumerRecord<String, String> record) {
        String target = DeadLetterHeaders.text(record.headers(), DeadLetterHeaders.REDRIVE_GROUP);
        return target != null && !target.equals(group);
    }

    /** @throws UnsupportedEventException when the record is not an event envelope */
    private IncomingEvent parse(ConsumerRecord<String, String> record) {
        try {
            JsonNode json = mapper.readTree(record.value());
            if (json == null || !json.hasNonNull("eventId") || !json.hasNonNull("type") || !json.has("data")) {
                throw new UnsupportedEventException("Not an event envelope (eventId, type and data are required)");
            }
            if (json.has("schemaVersion") && !json.get("schemaVersion").canConvertToExactIntegral()) {
                throw new UnsupportedEventException("schemaVersion is not an integer: " + json.get("schemaVersion"));
            }
            return new IncomingEvent(json.get("eventId").asText(), json.get("type").asText(),
                    json.hasNonNull("occurredAt") ? Instant.parse(json.get("occurredAt").asText()) : Instant.now(),
                    json.path("schemaVersion").asInt(1), json.get("data"), record.topic(), record.key());
        } catch (UnsupportedEventException e) {
            throw e;
        } catch (Exception e) {
            throw new UnsupportedEventException("Unreadable record: " + e.getMessage(), e);
        }
    }

    /** Points the consumer back at the record, to be read again after the returned pause (never zero). */
    private Duration rewind(ConsumerRecord<String, String> record, Duration pause) {
        consumer.seek(new TopicPartition(record.topic(), record.partition()), record.offset());
        return pause.isZero() || pause.isNegative() ? Duration.ofMillis(1) : pause;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Position(String topic, int partition, long offset) {
        @Override
        public String toString() {
            return topic + "-" + partition + "@" + offset;
        }
    }

    private record Replay(Runnable reset, CompletableFuture<Void> done) {
    }
}
