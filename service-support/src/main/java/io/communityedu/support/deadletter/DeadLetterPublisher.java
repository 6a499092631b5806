package io.communityedu.support.deadletter;

import io.communityedu.support.inbox.ConsumerGroup;
import io.communityedu.support.inbox.Failures;
import io.communityedu.support.inbox.InboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Moves a record the consumer cannot apply to {@code <topic>.DLT}: same key, same value, the failure in headers. */
@ApplicationScoped
public class DeadLetterPublisher {

    private final Producer<String, String> producer;
    private final ConsumerGroup group;
    private final InboxConfig config;

    public DeadLetterPublisher(Producer<String, String> producer, ConsumerGroup group, InboxConfig config) {
        this.producer = producer;
        this.group = group;
        this.config = config;
    }

    public String topicFor(String topic) {
        return topic + config.deadLetter().topicSuffix();
    }

    /**
     * Sends the dead letter and waits until the broker has it; only then may the consumer commit
     * past the original.
     *
     * @throws IllegalStateException when the broker did not take it (the caller retries later)
     */
    public void publish(ConsumerRecord<String, String> record, Throwable error, int attempts) {
        Throwable cause = Failures.rootCause(error);
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DeadLetterHeaders.PREFIX)) {
                headers.add(header);
            }
        }
        headers.add(DeadLetterHeaders.ERROR_CLASS, DeadLetterHeaders.bytes(cause.getClass().getName()));
        headers.add(DeadLetterHeaders.ERROR_MESSAGE, DeadLetterHeaders.bytes(Failures.truncate(
                cause == error ? error.getMessage() : error.getMessage() + " | " + cause.getMessage())));
        headers.add(DeadLetterHeaders.ORIGINAL_TOPIC, DeadLetterHeaders.bytes(record.topic()));
        headers.add(DeadLetterHeaders.ORIGINAL_PARTITION, DeadLetterHeaders.bytes(record.partition()));
        headers.add(DeadLetterHeaders.ORIGINAL_OFFSET, DeadLetterHeaders.bytes(record.offset()));
        headers.add(DeadLetterHeaders.ORIGINAL_TIMESTAMP, DeadLetterHeaders.bytes(record.timestamp()));
        headers.add(DeadLetterHeaders.CONSUMER_GROUP, DeadLetterHeaders.bytes(group.name()));
        headers.add(DeadLetterHeaders.ATTEMPTS, DeadLetterHeaders.bytes(attempts));
        send(new ProducerRecord<>(topicFor(record.topic()), null, null, record.key(), record.value(), headers));
    }

    void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + record.topic() + ": " + e.getMessage(), e);
        }
    }
}
