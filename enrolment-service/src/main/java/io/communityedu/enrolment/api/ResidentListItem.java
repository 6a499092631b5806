package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.TargetGroup;
import io.communityedu.enrolment.service.ResidentListItemView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A resident as lists show them: the phone masked, and no birth date, guardian or consent, which only the
 * full record ({@link ResidentResponse}) carries (API.md "Personal data rights and audit").
 */
@Schema(description = "A resident in a list: phone masked, no birth date or guardian.")
public record ResidentListItem(
        String id,
        @Schema(example = "王小明") String name,
        @Schema(example = "qinghuai-road") String communityCode,
        List<TargetGroup> groups,
        @Schema(description = "Masked: the first three and last four digits", example = "138****0000") String phone,
        Instant createdAt) {

    public static ResidentListItem of(ResidentListItemView r) {
        return new ResidentListItem(r.id(), r.name(), r.communityCode(), r.groups(), r.phone(), r.createdAt());
    }
}
