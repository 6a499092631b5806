package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.Allocation;
import io.communityedu.programmes.service.SessionView;
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
        @Schema(description = "How places are given: FIRST_COME in order of arrival, LOTTERY by a draw after "
                + "enrolmentClosesAt", example = "FIRST_COME") Allocation allocation,
        @Schema(description = "Hours a freed place stays offered to the next in line; null: the next in line "
                + "gets it at once", nullable = true, example = "48") Integer offerHours,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The session's teachers in assignment order; empty when none") List<TeacherRef> teachers) {

    public static SessionResponse of(SessionView s) {
        return new SessionResponse(s.id(), s.programmeId(), s.title(), s.startDate(), s.endDate(), s.venue(),
                s.capacity(), s.hours(), s.enrolmentOpensAt(), s.enrolmentClosesAt(), s.allocation(), s.offerHours(),
                s.createdAt(), s.updatedAt(), s.teachers().stream().map(TeacherRef::of).toList());
    }
}
