package io.communityedu.support.deadletter;

import io.agroal.api.AgroalDataSource;
import io.communityedu.support.inbox.ConsumerGroup;
import io.communityedu.support.inbox.EventConsumer;
import io.communityedu.support.kafka.KafkaClients;
import io.communityedu.support.problem.ProblemException;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dead letters waiting for this service's consumer group. The dead-letter topics are the
 * record of what failed (shared by every group that reads the original topic; each letter names
 * its group in a header); which letters have been re-driven is kept in this service's database
 * (table {@code dead_letter_redriven}, one row per letter id), so a letter can be re-driven on its
 * own, in any order, and every instance agrees. The topics are read incrementally by a consumer
 * without a group, so nothing is committed on them.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration READ_BOUND = Duration.ofSeconds(3);
    /** Readiness probes and metric scrapes (one gauge per topic) share a count this young. */
    private static final Duration COUNT_REUSE = Duration.ofSeconds(5);

    private final KafkaClients clients;
    private final EventConsumer consumer;
    private final DeadLetterPublisher publisher;
    private final ConsumerGroup group;
    private final AgroalDataSource dataSource;
    private final Map<String, Stored> letters = new LinkedHashMap<>();
    private Consumer<String, String> reader;
    private Map<String, Long> counts;
    private long countedAt;

    public DeadLetters(KafkaClients clients, EventConsumer consumer, DeadLetterPublisher publisher, ConsumerGroup group,
                       AgroalDataSource dataSource) {
        this.clients = clients;
        this.consumer = consumer;
        this.publisher = publisher;
        this.group = group;
        this.dataSource = dataSource;
    }

    synchronized void close(@Observes ShutdownEvent event) {
        if (reader != null) {
            reader.close(Duration.ofSeconds(2));
            reader = null;
        }
    }

    /** The letters waiting, oldest first. */
    public synchronized List<DeadLetter> waiting() {
        refresh();
        Set<String> redriven = redrivenIds();
        Instant now = Instant.now();
        List<DeadLetter> waiting = letters.values().stream()
                .filter(letter -> !redriven.contains(letter.id()))
                .sorted(Comparator.comparing(Stored::deadLetteredAt).thenComparing(Stored::id))
                .map(letter -> letter.view(now))
                .toList();
        Map<String, Long> byTopic = new TreeMap<>();
        consumer.topics().forEach(topic -> byTopic.put(topic, 0L));
        waiting.forEach(letter -> byTopic.merge(letter.originalTopic(), 1L, Long::sum));
        counts = byTopic;
        countedAt = System.nanoTime();
        return waiting;
    }

    /**
     * How many are waiting per original topic (every consumed topic named, 0 included); a count at
     * most a few seconds old is reused, so probes and scrapes do not each read the topics again.
     */
    public synchronized Map<String, Long> waitingByTopic() {
        if (counts == null || System.nanoTime() - countedAt > COUNT_REUSE.toNanos()) {
            waiting();
        }
        return counts;
    }

    /** Publishes the letter's record to its original topic again, for this group only; it is then no longer listed. */
    public synchronized DeadLetter redrive(String id) {
        refresh();
        Stored letter = letters.get(id);
        if (letter == null || redrivenIds().contains(id)) {
            throw ProblemException.notFound("Dead letter", id);
        }
        redrive(letter);
        return letter.view(Instant.now());
    }

    /** Re-drives every letter waiting, oldest first. */
    public synchronized List<DeadLetter> redriveAll() {
        List<DeadLetter> waiting = waiting();
        for (DeadLetter letter : waiting) {
            redrive(letters.get(letter.id()));
        }
        return waiting;
    }

    private void redrive(Stored letter) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.record().headers()) {
            if (!header.key().startsWith(DeadLetterHeaders.PREFIX)) {
                headers.add(header);
            }
        }
        headers.add(DeadLetterHeaders.REDRIVE_GROUP, DeadLetterHeaders.bytes(group.name()));
        headers.add(DeadLetterHeaders.REDRIVEN_FROM, DeadLetterHeaders.bytes(letter.id()));
        publisher.send(new ProducerRecord<>(letter.originalTopic(), null, null, letter.record().key(),
                letter.record().value(), headers));
        // Sent first, recorded second: a crash in between lists the letter again, and sending it twice
        // is harmless (the inbox applies an event id once).
        markRedriven(letter.id());
        counts = null;
        LOG.infof("Dead letter %s re-driven to %s", letter.id(), letter.originalTopic());
    }

    /** Reads what the dead-letter topics gained since the last call (bounded in time). */
    private void refresh() {
        if (reader == null) {
            reader = clients.reader(group.name() + "-dead-letters");
        }
        Set<TopicPartition> partitions = new HashSet<>();
        for (String topic : consumer.topics()) {
            List<PartitionInfo> infos = reader.partitionsFor(publisher.topicFor(topic), READ_BOUND);
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        if (!partitions.equals(reader.assignment())) {
            Set<TopicPartition> added = new HashSet<>(partitions);
            added.removeAll(reader.assignment());
            reader.assign(partitions);
            reader.seekToBeginning(added);
        }
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> ends = reader.endOffsets(partitions, READ_BOUND);
        Instant deadline = Instant.now().plus(READ_BOUND);
        while (behind(ends) && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(200))) {
                if (group.name().equals(DeadLetterHeaders.text(record.headers(), DeadLetterHeaders.CONSUMER_GROUP))) {
                    Stored letter = new Stored(record);
                    letters.put(letter.id(), letter);
                }
            }
        }
    }

    private boolean behind(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (reader.position(end.getKey(), READ_BOUND) < end.getValue()) {
                return true;
            }
        }
        return false;
    }

    private Set<String> redrivenIds() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT letter_id FROM dead_letter_redriven WHERE consumer_group = ?")) {
            select.setString(1, group.name());
            Set<String> ids = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the re-driven dead letters", e);
        }
    }

    private void markRedriven(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT IGNORE INTO dead_letter_redriven (letter_id, consumer_group, redriven_at) VALUES (?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, group.name());
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record that dead letter " + id + " was re-driven", e);
        }
    }

    private record Stored(ConsumerRecord<String, String> record) {

        String id() {
            return record.topic() + "/" + record.partition() + "/" + record.offset();
        }

        Instant deadLetteredAt() {
            return Instant.ofEpochMilli(record.timestamp());
        }

        String originalTopic() {
            return DeadLetterHeaders.text(record.headers(), DeadLetterHeaders.ORIGINAL_TOPIC);
        }

        DeadLetter view(Instant now) {
            String timestamp = header(DeadLetterHeaders.ORIGINAL_TIMESTAMP);
            return new DeadLetter(id(), originalTopic(), (int) number(DeadLetterHeaders.ORIGINAL_PARTITION),
                    number(DeadLetterHeaders.ORIGINAL_OFFSET),
                    timestamp == null ? null : Instant.ofEpochMilli(Long.parseLong(timestamp)), record.key(),
                    header(DeadLetterHeaders.ERROR_CLASS), header(DeadLetterHeaders.ERROR_MESSAGE),
                    (int) number(DeadLetterHeaders.ATTEMPTS), deadLetteredAt(),
                    Math.max(0, Duration.between(deadLetteredAt(), now).toSeconds()), record.value());
        }

        private String header(String name) {
            return DeadLetterHeaders.text(record.headers(), name);
        }

        private long number(String name) {
            String text = header(name);
            try {
                return text == null ? -1 : Long.parseLong(text);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}
