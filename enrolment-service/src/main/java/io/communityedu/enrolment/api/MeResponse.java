package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.TargetGroup;
import io.communityedu.enrolment.service.MeView;
import io.communityedu.enrolment.service.ResidentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "The signed-in resident's own record, with the minors they are guardian of.")
public record MeResponse(
        String id,
        @Schema(example = "王丽") String name,
        @Schema(example = "1980-05-01") LocalDate birthDate,
        @Schema(example = "qinghuai-road") String communityCode,
        List<TargetGroup> groups,
        @Schema(example = "13800000000") String phone,
        Instant createdAt,
        List<ResidentResponse> wards) {

    public static MeResponse of(MeView me) {
        ResidentView self = me.self();
        return new MeResponse(self.id(), self.name(), self.birthDate(), self.communityCode(), self.groups(), self.phone(),
                self.createdAt(), me.wards().stream().map(ResidentResponse::of).toList());
    }
}
