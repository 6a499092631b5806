package io.communityedu.enrolment.notifications;

import java.util.List;

/** One page of an inbox, like every other list, plus how many of the whole inbox are unread. */
public record NotificationPage(List<NotificationResponse> items, int page, int size, long total, long unread) {

    public static NotificationPage of(InboxView inbox) {
        return new NotificationPage(inbox.page().items().stream().map(NotificationResponse::of).toList(),
                inbox.page().page(), inbox.page().size(), inbox.page().total(), inbox.unread());
    }
}
