package io.communityedu.support.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An event already applied; its id is recorded in the same transaction as its effect. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_id", length = 36)
    public String eventId;

    @Column(name = "event_type", nullable = false, length = 100)
    public String eventType;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;
}
