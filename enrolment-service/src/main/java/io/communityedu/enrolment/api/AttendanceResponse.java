package io.communityedu.enrolment.api;

import io.communityedu.enrolment.service.AttendanceView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "Who came to a session on a date.")
public record AttendanceResponse(String sessionId, @Schema(example = "2010-07-05") LocalDate date,
                                 List<String> presentResidentIds) {

    public static AttendanceResponse of(AttendanceView a) {
        return new AttendanceResponse(a.sessionId(), a.date(), a.presentResidentIds());
    }
}
