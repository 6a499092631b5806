package io.communityedu.programmes.teachers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A staff activity of the community's teacher team, recorded once.")
public record StaffActivityRequest(
        @Schema(description = "The community's plan for this date's year must exist", example = "2010-03-05")
        @NotNull LocalDate date,
        @Schema(example = "REGULAR_MEETING") @NotNull StaffActivityKind kind,
        @Schema(example = "三月份社区教育例会") @NotBlank @Size(max = 200) String title,
        @Schema(description = "Teachers of the community who took part, each at most once")
        @Size(max = 200) List<String> attendeeTeacherIds,
        @Schema(example = "会议讨论了暑期读书征文活动的安排。") @Size(max = 20000) String minutes) {

    StaffActivityCommand toCommand() {
        return new StaffActivityCommand(date, kind, title, attendeeTeacherIds, minutes);
    }
}
