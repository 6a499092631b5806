package io.communityedu.support.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An event waiting to be (or already) sent; written in the same transaction as the change it tells of. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Commit order is send order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true, length = 36)
    public String eventId;

    @Column(nullable = false, length = 100)
    public String topic;

    @Column(name = "message_key", nullable = false, length = 100)
    public String messageKey;

    @Column(name = "event_type", nullable = false, length = 100)
    public String eventType;

    /** The whole envelope as JSON, exactly as it goes to Kafka. */
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
