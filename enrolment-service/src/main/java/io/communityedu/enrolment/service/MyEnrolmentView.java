package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.EnrolmentStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An enrolment of the signed-in resident or a ward, with what the resident needs to know of it. */
public record MyEnrolmentView(
        String id,
        String residentId,
        String residentName,
        String sessionId,
        String programmeTitle,
        String sessionTitle,
        LocalDate startDate,
        LocalDate endDate,
        String venue,
        EnrolmentStatus status,
        Integer waitlistPosition,
        String certificateNumber,
        BigDecimal fee,
        BigDecimal price,
        Instant offerExpiresAt,
        Instant createdAt) {
}
