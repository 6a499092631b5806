package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.TargetGroup;
import io.communityedu.enrolment.service.ResidentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A registered resident: the full record, only for the resident, their guardian, staff of their community, officers and admins.")
public record ResidentResponse(
        String id,
        @Schema(example = "王小明") String name,
        @Schema(example = "2002-03-01") LocalDate birthDate,
        @Schema(example = "qinghuai-road") String communityCode,
        List<TargetGroup> groups,
        @Schema(example = "13800000000") String phone,
        String guardianId,
        @Schema(description = "When the guardian consented to registering this minor through self-service, else null")
        Instant guardianConsentAt,
        Instant createdAt) {

    public static ResidentResponse of(ResidentView r) {
        return new ResidentResponse(r.id(), r.name(), r.birthDate(), r.communityCode(), r.groups(), r.phone(),
                r.guardianId(), r.guardianConsentAt(), r.createdAt());
    }
}
