package io.communityedu.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a consumer group has handled everything on its topics: its committed offsets have reached
 * the end of every partition. Exact, unlike waiting for a visible effect, and the way to know that a
 * redelivered event (which changes nothing visible) has been seen.
 */
public final class ConsumerGroups implements AutoCloseable {

    private final Admin admin;

    public ConsumerGroups(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Waits until the group has committed the end offset of every partition of the topics. */
    public void awaitCaughtUp(String group, Collection<String> topics, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try {
            Map<TopicPartition, Long> ends = endOffsets(topics);
            while (!caughtUp(group, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Consumer group " + group + " did not reach " + ends + " within " + timeout
                            + "; it is at " + committed(group));
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The members the group has now (a member that died without leaving counts until its session times out). */
    public int members(String group) {
        try {
            return admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get().members().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the group has this many members, e.g. until a killed instance's member has been dropped. */
    public void awaitMembers(String group, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int now;
        while ((now = members(group)) != count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Consumer group " + group + " has " + now + " members, not " + count
                        + ", after " + timeout);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean caughtUp(String group, Map<TopicPartition, Long> ends) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue()));
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) throws ExecutionException, InterruptedException {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    }

    private Map<TopicPartition, Long> endOffsets(Collection<String> topics) throws ExecutionException, InterruptedException {
        var partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
