package io.communityedu.reporting.api;

import io.communityedu.reporting.service.EnrolmentCountsView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Enrolments by current status, over sessions of the community's programmes of the year.")
public record EnrolmentCounts(long confirmed, long waitlisted, long cancelled, long completed,
                              @Schema(description = "Applications to a lottery session not yet drawn") long applied,
                              @Schema(description = "Freed places offered and neither accepted, declined nor expired yet")
                              long offered,
                              long declined,
                              long expired) {

    static EnrolmentCounts of(EnrolmentCountsView counts) {
        return new EnrolmentCounts(counts.confirmed(), counts.waitlisted(), counts.cancelled(), counts.completed(),
                counts.applied(), counts.offered(), counts.declined(), counts.expired());
    }
}
