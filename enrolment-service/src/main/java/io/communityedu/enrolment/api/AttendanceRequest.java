package io.communityedu.enrolment.api;

import io.communityedu.enrolment.service.AttendanceCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "Who came to a session on a date; sending it again for the same date replaces that date's record.")
public record AttendanceRequest(
        @NotBlank @Size(max = 36) String sessionId,
        @Schema(example = "2010-07-05") @NotNull LocalDate date,
        @NotNull @Size(max = 10_000) List<@NotBlank @Size(max = 36) String> presentResidentIds) {

    public AttendanceCommand toCommand() {
        return new AttendanceCommand(sessionId, date, presentResidentIds);
    }
}
