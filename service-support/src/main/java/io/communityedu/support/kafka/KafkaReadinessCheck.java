package io.communityedu.support.kafka;

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
 * admin client's 60 s default). Reports the outbox backlog too: events waiting to be sent.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;
    private final OutboxStore outbox;

    public KafkaReadinessCheck(Admin admin, OutboxStore outbox) {
        this.admin = admin;
        this.outbox = outbox;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka broker");
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            response.up().withData("nodes", nodes);
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
        return response.build();
    }
}
