package io.communityedu.enrolment.domain;

/** What a notification is about. */
public enum NotificationKind {
    APPLICATION_RECEIVED, ENROLMENT_CONFIRMED, WAITLISTED, DRAW_WON, DRAW_WAITLISTED, PLACE_OFFERED, OFFER_EXPIRING,
    OFFER_EXPIRED, PROMOTED, CANCELLED, COMPLETED, SESSION_CHANGED
}
