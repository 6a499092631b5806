package io.communityedu.reporting.api;

import io.communityedu.reporting.domain.StaffYear;
import io.communityedu.reporting.domain.TeacherKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(description = "The community's teacher team and its staff activities of the year.")
public record StaffStatistics(
        @Schema(description = "The community's teachers now, by kind: all four kinds, always",
                example = "{\"STAFF\": 2, \"VOLUNTEER\": 3, \"INVITED\": 4, \"PROVIDER_STAFF\": 1}")
        Map<TeacherKind, Long> teachers,
        @Schema(description = "Regular staff meetings (例会) dated in the year", example = "10")
        long regularMeetingsHeld,
        @Schema(description = "From the plan; 12 when the plan does not say", example = "12")
        int regularMeetingsPlanned,
        @Schema(description = "Trainings, seminars and field visits dated in the year", example = "3")
        long developmentActivities) {

    static StaffStatistics of(StaffYear staff) {
        return new StaffStatistics(staff.teachers(), staff.regularMeetingsHeld(), staff.regularMeetingsPlanned(),
                staff.developmentActivities());
    }
}
