package io.communityedu.programmes.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "Fields of a session to change (JSON merge patch): absent fields stay as they are; "
        + "null clears the enrolment window's ends and leaves the other fields as they are.")
public record SessionPatch(
        @Size(min = 1, max = 200) String title,
        LocalDate startDate,
        LocalDate endDate,
        @Size(max = 200) String venue,
        @Schema(description = "Raising it lets waitlisted residents in; lowering it below the confirmed places is refused (409)", example = "40")
        @Min(1) @Max(100_000) Integer capacity,
        @Min(0) @Max(100_000) Integer hours,
        @Schema(implementation = Instant.class, nullable = true, description = "null: enrolment opens at once")
        ClearableInstant enrolmentOpensAt,
        @Schema(implementation = Instant.class, nullable = true, description = "null: enrolment never closes")
        ClearableInstant enrolmentClosesAt) {
}
