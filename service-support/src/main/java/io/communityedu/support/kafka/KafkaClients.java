package io.communityedu.support.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import io.communityedu.support.inbox.ConsumerGroup;
import jakarta.enterprise.context.Dependent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Kafka clients built from the application's {@code kafka.*} configuration. */
@ApplicationScoped
public class KafkaClients {

    private final Map<String, Object> brokerConfig;

    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> brokerConfig) {
        this.brokerConfig = brokerConfig;
    }

    /**
     * Idempotent, acks from all replicas, and short timeouts: the outbox relay retries by itself,
     * so a send should fail fast while the broker is away rather than block the relay.
     */
    @Produces
    @ApplicationScoped
    Producer<String, String> producer() {
        Map<String, Object> config = only(ProducerConfig.configNames());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(5).toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Duration.ofSeconds(5).toMillis());
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    void close(@Disposes Producer<String, String> producer) {
        producer.close(Duration.ofSeconds(5));
    }

    /**
     * Offsets are committed by hand after each applied record; reads skip aborted transactions. A member
     * that dies without leaving (SIGKILL, a lost host) is dropped after 10 s instead of the client's 45 s:
     * until then nobody reads its partitions.
     * Dependent: the one poll loop that asks for it owns and closes it.
     */
    @Produces
    @Dependent
    Consumer<String, String> consumer(ConsumerGroup group, @ConfigProperty(name = "quarkus.application.name") String application) {
        Map<String, Object> config = only(ConsumerConfig.configNames());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group.name());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis());
        config.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Duration.ofSeconds(3).toMillis());
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, application + "-consumer");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /**
     * A consumer without a group, for reading topics by assignment (the dead letters): it commits
     * nothing. The caller owns and closes it.
     */
    public Consumer<String, String> reader(String clientId) {
        Map<String, Object> config = only(ConsumerConfig.configNames());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    @Produces
    @ApplicationScoped
    Admin admin() {
        Map<String, Object> config = only(AdminClientConfig.configNames());
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "readiness");
        return Admin.create(config);
    }

    void close(@Disposes Admin admin) {
        admin.close(Duration.ofSeconds(2));
    }

    /** The {@code kafka.*} settings this kind of client knows, so none logs warnings about the others'. */
    private Map<String, Object> only(Set<String> known) {
        Map<String, Object> config = new HashMap<>();
        brokerConfig.forEach((key, value) -> {
            if (known.contains(key)) {
                config.put(key, value);
            }
        });
        return config;
    }
}
