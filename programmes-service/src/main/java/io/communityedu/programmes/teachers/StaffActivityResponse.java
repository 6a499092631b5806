package io.communityedu.programmes.teachers;

import io.communityedu.programmes.api.TeacherRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A staff activity of a community's teacher team.")
public record StaffActivityResponse(
        String id,
        @Schema(example = "qinghuai-road") String communityCode,
        @Schema(example = "2010-03-05") LocalDate date,
        StaffActivityKind kind,
        @Schema(example = "三月份社区教育例会") String title,
        @Schema(description = "In the order recorded") List<TeacherRef> attendees,
        @Schema(example = "会议讨论了暑期读书征文活动的安排。") String minutes,
        Instant createdAt) {

    static StaffActivityResponse of(StaffActivityView a) {
        return new StaffActivityResponse(a.id(), a.communityCode(), a.date(), a.kind(), a.title(),
                a.attendees().stream().map(TeacherRef::of).toList(), a.minutes(), a.createdAt());
    }
}
