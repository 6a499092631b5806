package io.communityedu.enrolment.notifications;

import io.communityedu.enrolment.domain.Notification;
import io.communityedu.enrolment.domain.NotificationKind;
import java.time.Instant;

/** What the webhook receives: the inbox item and whose inbox it is. */
public record WebhookMessage(String id, NotificationKind kind, String recipientId, String residentId,
                             String enrolmentId, String sessionId, String title, String body, Instant createdAt,
                             Instant readAt) {

    public static WebhookMessage from(Notification n) {
        return new WebhookMessage(n.id, n.kind, n.recipientId, n.residentId, n.enrolmentId, n.sessionId, n.title,
                n.body, n.createdAt, n.readAt);
    }
}
