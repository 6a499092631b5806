package io.communityedu.enrolment.notifications;

import io.communityedu.enrolment.persistence.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;

/** The webhook worker's short transactions; none is held open while the webhook is called. */
@ApplicationScoped
@Transactional
public class WebhookDeliveries {

    /** A due delivery and what to POST for it. */
    public record Due(NotificationDelivery delivery, WebhookMessage message) {
    }

    private final NotificationDeliveryRepository deliveries;
    private final NotificationRepository notifications;

    public WebhookDeliveries(NotificationDeliveryRepository deliveries, NotificationRepository notifications) {
        this.deliveries = deliveries;
        this.notifications = notifications;
    }

    public List<Due> claim(int limit, Duration lease) {
        return deliveries.claimDue(limit, lease).stream()
                .map(d -> new Due(d, WebhookMessage.from(notifications.findById(d.notificationId)))).toList();
    }

    public void delivered(String notificationId) {
        deliveries.delivered(notificationId);
    }

    public void failed(String notificationId, Duration backoff, String error) {
        deliveries.failed(notificationId, backoff, error);
    }
}
