package io.communityedu.enrolment.notifications;

import io.communityedu.enrolment.service.NotificationView;
import io.communityedu.support.paging.PageResponse;

/** One page of an inbox, and how many of the whole inbox are unread. */
public record InboxView(PageResponse<NotificationView> page, long unread) {
}
