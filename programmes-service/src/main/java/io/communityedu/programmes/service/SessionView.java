package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.Allocation;
import io.communityedu.programmes.domain.ProgrammeSession;
import io.communityedu.programmes.domain.TeacherName;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A scheduled session of a programme, with its teachers in assignment order. */
public record SessionView(String id, String programmeId, String title, LocalDate startDate, LocalDate endDate,
                          String venue, int capacity, int hours, Instant enrolmentOpensAt, Instant enrolmentClosesAt,
                          Allocation allocation, Integer offerHours, Instant createdAt, Instant updatedAt,
                          List<TeacherName> teachers) {

    public static SessionView of(ProgrammeSession s, List<TeacherName> teachers) {
        return new SessionView(s.id, s.programmeId, s.title, s.startDate, s.endDate, s.venue, s.capacity, s.hours,
                s.enrolmentOpensAt, s.enrolmentClosesAt, s.allocation, s.offerHours, s.createdAt, s.updatedAt, teachers);
    }
}
