package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.Allocation;

import java.time.Instant;
import java.time.LocalDate;

/** A session to schedule. {@code allocation} null: FIRST_COME; {@code offerHours} null: no offers. */
public record SessionCommand(String title, LocalDate startDate, LocalDate endDate, String venue, int capacity, int hours,
                             Instant enrolmentOpensAt, Instant enrolmentClosesAt, Allocation allocation,
                             Integer offerHours) {
}
