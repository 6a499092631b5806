package io.communityedu.programmes;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.support.lease.DatabaseLease;
import io.communityedu.support.retention.RetentionJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** service-support's retention job against the real database: what is due goes, the rest stays, one instance at a time. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
class RetentionJobTest {

    @Inject
    RetentionJob job;

    @Inject
    DatabaseLease lease;

    @Inject
    EntityManager em;

    @Test
    void sentOutboxRowsGoAfterAnHourConsumedEventIdsAfterAWeek() {
        Instant now = Instant.now();
        String oldSent = sentOutboxRow(now.minus(Duration.ofHours(2)));
        String recentSent = sentOutboxRow(now.minus(Duration.ofMinutes(10)));
        String oldId = processedEvent(now.minus(Duration.ofDays(8)));
        String recentId = processedEvent(now.minus(Duration.ofDays(6)));

        Map<String, Long> purged = job.runOnce();

        assertTrue(purged.get("sent outbox rows") >= 1, purged.toString());
        assertTrue(purged.get("consumed event ids") >= 1, purged.toString());
        assertEquals(List.of(recentSent), existing("outbox_event", "event_id", oldSent, recentSent));
        assertEquals(List.of(recentId), existing("processed_event", "event_id", oldId, recentId));
    }

    @Test
    void whileAnotherInstanceHoldsTheLeaseARunDoesNothing() {
        assertTrue(lease.hold("retention", "another-instance", Duration.ofMinutes(1)));
        try {
            assertEquals(Map.of(), job.runOnce());
        } finally {
            lease.release("retention", "another-instance");
        }
        assertFalse(job.runOnce().isEmpty(), "a released lease is taken by the next run");
    }

    /** Sent already, so the relay leaves it alone (a pending row to a topic nobody created would hold the relay up). */
    private String sentOutboxRow(Instant sentAt) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload, occurred_at, sent_at)
                        VALUES (?1, 'retention-test', 'k', 'Test', '{}', ?2, ?2)""")
                .setParameter(1, id).setParameter(2, sentAt).executeUpdate());
        return id;
    }

    private String processedEvent(Instant processedAt) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO processed_event (event_id, event_type, processed_at) VALUES (?1, 'Test', ?2)")
                .setParameter(1, id).setParameter(2, processedAt).executeUpdate());
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<String> existing(String table, String column, String... ids) {
        List<String> found = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT " + column + " FROM " + table + " WHERE " + column + " IN (?1)")
                .setParameter(1, List.of(ids)).getResultList());
        return List.of(ids).stream().filter(found::contains).toList();
    }
}
