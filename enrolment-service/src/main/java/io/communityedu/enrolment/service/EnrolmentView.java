package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A resident's place in a session, as the services answer it. Also the answer kept for an Idempotency-Key
 * (stored as JSON): its components are named as the API's, so a kept answer reads back whichever was stored.
 */
public record EnrolmentView(
        String id,
        String residentId,
        String sessionId,
        EnrolmentStatus status,
        Integer waitlistPosition,
        String certificateNumber,
        BigDecimal fee,
        BigDecimal price,
        Instant offerExpiresAt,
        Instant createdAt,
        Instant updatedAt) {

    public static EnrolmentView of(Enrolment e, Integer waitlistPosition) {
        return new EnrolmentView(e.id, e.residentId, e.sessionId, e.status, waitlistPosition, e.certificateNumber,
                e.fee, e.price, e.offerExpiresAt, e.createdAt, e.updatedAt);
    }
}
