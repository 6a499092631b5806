package io.communityedu.support.kafka;

import io.communityedu.support.deadletter.DeadLetters;
import io.communityedu.support.outbox.OutboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Ready only while a broker answers within a bounded time (Quarkus's own check waits for the
 * admin client's 60 s default). Reports the outbox backlog too: events waiting to be sent; and the
 * dead letters waiting for this service's consumer group, which never make it not ready: a poison
 * event is for an operator, and the service keeps applying everything else.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;
    private final OutboxStore outbox;
    private final DeadLetters deadLetters;

    public KafkaReadinessCheck(Admin admin, OutboxStore outbox, DeadLetters deadLetters) {
        this.admin = admin;
        this.outbox = outbox;
        this.deadLetters = deadLetters;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka broker");
        boolean brokerUp = false;
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            response.up().withData("nodes", nodes);
            brokerUp = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.down().withData("reason", "interrupted");
        } catch (Exception e) {
            response.down().withData("reason", "no broker answered within " + TIMEOUT.toSeconds() + " s");
        }
        try {
            response.withData("outboxPending", outbox.countPending());
        } catch (RuntimeException e) {
            response.withData("outboxPending", "unknown: database unreachable");
        }
        if (brokerUp) {
            try {
                var waiting = deadLetters.waitingByTopic();
                response.withData("deadLettersWaiting", waiting.values().stream().mapToLong(Long::longValue).sum());
                waiting.forEach((topic, count) -> response.withData("deadLettersWaiting." + topic, count));
            } catch (RuntimeException e) {
                response.withData("deadLettersWaiting", "unknown: " + e.getMessage());
            }
        }
        return response.build();
    }
}
