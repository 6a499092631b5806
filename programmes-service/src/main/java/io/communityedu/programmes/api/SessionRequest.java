package io.communityedu.programmes.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.communityedu.programmes.domain.Allocation;
import io.communityedu.programmes.service.SessionCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "A session to schedule for a programme.")
public record SessionRequest(
        @Schema(example = "第一期") @NotBlank @Size(max = 200) String title,
        @Schema(example = "2010-07-05") @NotNull LocalDate startDate,
        @Schema(example = "2010-08-20") @NotNull LocalDate endDate,
        @Schema(example = "社区活动室") @Size(max = 200) String venue,
        @Schema(example = "30") @NotNull @Min(1) @Max(100_000) Integer capacity,
        @Schema(example = "24") @NotNull @Min(0) @Max(100_000) Integer hours,
        @Schema(description = "Enrolment opens at this instant; null: open now") Instant enrolmentOpensAt,
        @Schema(description = "Enrolment closes at this instant; null: never (not for a LOTTERY session)")
        Instant enrolmentClosesAt,
        @Schema(description = "How places are given: FIRST_COME in order of arrival (null or absent), LOTTERY by a draw "
                + "after enrolmentClosesAt, which a LOTTERY session needs", example = "LOTTERY")
        Allocation allocation,
        @Schema(description = "Hours a freed place stays offered to the next in line (1 to 168); "
                + "null: the next in line gets it at once", nullable = true, example = "48")
        @Min(1) @Max(168) Integer offerHours) {

    public SessionCommand toCommand() {
        return new SessionCommand(title, startDate, endDate, venue, capacity, hours, enrolmentOpensAt, enrolmentClosesAt,
                allocation, offerHours);
    }
}
