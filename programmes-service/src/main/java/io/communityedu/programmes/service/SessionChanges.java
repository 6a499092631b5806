package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.Allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Fields of a session to change: a null field stays as it is; the FieldChange ones may also be cleared. */
public record SessionChanges(String title, LocalDate startDate, LocalDate endDate, String venue, Integer capacity,
                             Integer hours, FieldChange<Instant> enrolmentOpensAt, FieldChange<Instant> enrolmentClosesAt,
                             Allocation allocation, FieldChange<Integer> offerHours) {

    public SessionChanges {
        Objects.requireNonNull(enrolmentOpensAt, "enrolmentOpensAt");
        Objects.requireNonNull(enrolmentClosesAt, "enrolmentClosesAt");
        Objects.requireNonNull(offerHours, "offerHours");
    }
}
