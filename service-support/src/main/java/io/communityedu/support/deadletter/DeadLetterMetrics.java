package io.communityedu.support.deadletter;

import io.communityedu.support.inbox.EventConsumer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** {@code dead_letters_waiting{topic="<consumed topic>"}} on /q/metrics. */
@ApplicationScoped
public class DeadLetterMetrics {

    private static final Logger LOG = Logger.getLogger(DeadLetterMetrics.class);

    void register(@Observes StartupEvent event, MeterRegistry registry, EventConsumer consumer, DeadLetters deadLetters) {
        for (String topic : consumer.topics()) {
            Gauge.builder("dead.letters.waiting", deadLetters, letters -> count(letters, topic))
                    .description("Events this service's consumer gave up on, waiting in the dead-letter topic")
                    .tag("topic", topic)
                    .strongReference(true)
                    .register(registry);
        }
    }

    private static double count(DeadLetters letters, String topic) {
        try {
            return letters.waitingByTopic().getOrDefault(topic, 0L);
        } catch (RuntimeException e) {
            LOG.debugf("Dead letters not counted: %s", e.getMessage());
            return Double.NaN;
        }
    }
}
