package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Notification;
import io.communityedu.enrolment.domain.NotificationKind;

import java.time.Instant;

/** A notification as its inbox holds it. */
public record NotificationView(String id, NotificationKind kind, String residentId, String enrolmentId,
                               String sessionId, String title, String body, Instant createdAt, Instant readAt) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.residentId, n.enrolmentId, n.sessionId, n.title, n.body,
                n.createdAt, n.readAt);
    }
}
