package io.communityedu.enrolment.notifications;

/** What a notification is about; the lottery's and offers' kinds come with them (issue 15). */
public enum NotificationKind {
    ENROLMENT_CONFIRMED, WAITLISTED, PROMOTED, CANCELLED, COMPLETED, SESSION_CHANGED
}
