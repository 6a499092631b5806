package io.communityedu.enrolment.notifications;

import io.communityedu.enrolment.domain.NotificationKind;
import io.communityedu.enrolment.service.NotificationView;
import java.time.Instant;

/** A notification as its inbox shows it. */
public record NotificationResponse(String id, NotificationKind kind, String residentId, String enrolmentId,
                                   String sessionId, String title, String body, Instant createdAt, Instant readAt) {

    public static NotificationResponse of(NotificationView n) {
        return new NotificationResponse(n.id(), n.kind(), n.residentId(), n.enrolmentId(), n.sessionId(), n.title(),
                n.body(), n.createdAt(), n.readAt());
    }
}
