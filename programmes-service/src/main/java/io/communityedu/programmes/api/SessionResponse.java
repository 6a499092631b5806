package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.ProgrammeSession;
import io.communityedu.programmes.teachers.TeacherRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A scheduled session of a programme.")
public record SessionResponse(
        String id,
        String programmeId,
        @Schema(example = "第一期") String title,
        @Schema(example = "2010-07-05") LocalDate startDate,
        @Schema(example = "2010-08-20") LocalDate endDate,
        @Schema(example = "社区活动室") String venue,
        @Schema(example = "30") int capacity,
        @Schema(example = "24") int hours,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The session's teachers in assignment order; empty when none") List<TeacherRef> teachers) {

    public static SessionResponse from(ProgrammeSession s, List<TeacherRef> teachers) {
        return new SessionResponse(s.id, s.programmeId, s.title, s.startDate, s.endDate, s.venue, s.capacity, s.hours,
                s.enrolmentOpensAt, s.enrolmentClosesAt, s.createdAt, s.updatedAt, teachers);
    }
}
