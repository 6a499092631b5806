package io.communityedu.programmes.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import io.communityedu.programmes.domain.Allocation;
import io.communityedu.programmes.service.FieldChange;
import io.communityedu.programmes.service.SessionChanges;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "Fields of a session to change (JSON merge patch): absent fields stay as they are; "
        + "null clears the enrolment window's ends and offerHours and leaves the other fields as they are.")
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
        @Schema(implementation = Instant.class, nullable = true,
                description = "null: enrolment never closes (refused for a LOTTERY session, 400)")
        ClearableInstant enrolmentClosesAt,
        @Schema(description = "Switching it once the session has enrolments is refused (409 ALLOCATION_LOCKED); "
                + "LOTTERY needs enrolmentClosesAt", example = "LOTTERY")
        Allocation allocation,
        @Schema(implementation = Integer.class, nullable = true, minimum = "1", maximum = "168", example = "48",
                description = "Hours a freed place stays offered to the next in line (1 to 168); "
                        + "null: the next in line gets it at once")
        ClearableInteger offerHours) {

    public SessionChanges toChanges() {
        return new SessionChanges(title, startDate, endDate, venue, capacity, hours,
                enrolmentOpensAt == null ? FieldChange.none() : FieldChange.to(enrolmentOpensAt.value()),
                enrolmentClosesAt == null ? FieldChange.none() : FieldChange.to(enrolmentClosesAt.value()),
                allocation,
                offerHours == null ? FieldChange.none() : FieldChange.to(offerHours.value()));
    }
}
