package io.communityedu.enrolment.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A notification to POST to the webhook, until the webhook accepts it. */
@Entity
@Table(name = "notification_delivery")
public class NotificationDelivery {

    @Id
    @Column(name = "notification_id", length = 36)
    public String notificationId;

    @Column(nullable = false)
    public int attempts;

    /** Also pushed ahead while an instance is sending it, so no other instance takes it meanwhile. */
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "last_error", length = 300)
    public String lastError;
}
