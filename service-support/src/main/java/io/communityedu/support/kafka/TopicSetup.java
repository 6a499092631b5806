package io.communityedu.support.kafka;

import io.communityedu.support.audit.AuditConfig;
import io.communityedu.support.deadletter.DeadLetterPublisher;
import io.communityedu.support.inbox.EventConsumer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the topics this service publishes to or consumes, and the dead-letter topic of each
 * consumed one, before the consumer and the outbox relay start. A topic that exists is left as it
 * is (whoever created it first decided its partitions), so every service can do this at once. If
 * the broker is away at start, start-up goes on and the topics are created from a background thread
 * as soon as it answers (the relay and the consumer wait for them meanwhile).
 */
@ApplicationScoped
public class TopicSetup {

    private static final Logger LOG = Logger.getLogger(TopicSetup.class);

    private final Admin admin;
    private final TopicsConfig config;
    private final EventConsumer consumer;
    private final DeadLetterPublisher deadLetters;
    private final AuditConfig audit;
    private volatile boolean stopping;

    public TopicSetup(Admin admin, TopicsConfig config, EventConsumer consumer, DeadLetterPublisher deadLetters,
                      AuditConfig audit) {
        this.admin = admin;
        this.config = config;
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.audit = audit;
    }

    /** Before the consumer, the relay and everything else that observes start-up. */
    void create(@Observes @Priority(1) StartupEvent event) {
        if (!config.create()) {
            return;
        }
        try {
            createMissing();
        } catch (Exception e) {
            LOG.warnf("Topics not created yet (%s); retrying in the background", e.getMessage());
            Thread retry = new Thread(this::retryUntilCreated, "topic-setup");
            retry.setDaemon(true);
            retry.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Topic name to its settings, sorted by name. */
    Map<String, NewTopic> wanted() {
        Map<String, NewTopic> topics = new TreeMap<>();
        Map<String, String> events = Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(config.retentionMs()));
        Map<String, String> letters = Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(config.deadLetterRetentionMs()));
        List<String> names = new ArrayList<>(config.produced().orElse(List.of()));
        names.add(audit.topic()); // every service audits its requests
        names.addAll(consumer.topics());
        for (String name : names) {
            topics.put(name, new NewTopic(name, config.partitions(), config.replicationFactor()).configs(events));
        }
        for (String name : consumer.topics()) {
            String letterTopic = deadLetters.topicFor(name);
            topics.put(letterTopic, new NewTopic(letterTopic, config.partitions(), config.replicationFactor()).configs(letters));
        }
        return topics;
    }

    /** @return the topics that were missing and are now created */
    List<String> createMissing() throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Map<String, NewTopic> wanted = wanted();
        var result = admin.createTopics(wanted.values(), new CreateTopicsOptions().timeoutMs((int) config.timeout().toMillis()));
        List<String> created = new ArrayList<>();
        for (var entry : result.values().entrySet()) {
            try {
                entry.getValue().get(config.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
                created.add(entry.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        if (!created.isEmpty()) {
            LOG.infof("Created topics %s", created);
        }
        return created;
    }

    private void retryUntilCreated() {
        long pause = 1000;
        while (!stopping) {
            try {
                Thread.sleep(pause);
                createMissing();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.debugf("Topics still not created: %s", e.getMessage());
                pause = Math.min(pause * 2, 30_000);
            }
        }
    }
}
