package io.communityedu.support.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The topics a service creates at start (brokers run with {@code auto.create.topics.enable=false}). */
@ConfigMapping(prefix = "kafka-topics")
public interface TopicsConfig {

    /** Whether to create missing topics at start at all (off when an operator manages them). */
    @WithDefault("true")
    boolean create();

    /**
     * The topics this service publishes to; the ones it consumes are known from its handlers, and
     * the audit topic ({@code audit.topic}) is always added.
     */
    Optional<List<String>> produced();

    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    /**
     * {@code retention.ms} of the event topics: -1 keeps every event, which a consumer's rebuild
     * (reporting-service replays programme-events and enrolment-events) relies on.
     */
    @WithDefault("-1")
    long retentionMs();

    /** {@code retention.ms} of the dead-letter topics ({@code <consumed topic>.DLT}). */
    @WithDefault("-1")
    long deadLetterRetentionMs();

    /** How long one attempt to create them may take before start-up goes on and retries in the background. */
    @WithDefault("20s")
    Duration timeout();
}
