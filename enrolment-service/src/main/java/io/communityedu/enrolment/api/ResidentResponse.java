package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.TargetGroup;
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

    public static ResidentResponse from(Resident r) {
        return new ResidentResponse(r.id, r.name, r.birthDate, r.communityCode, List.copyOf(r.groups), r.phone,
                r.guardianId, r.guardianConsentAt, r.createdAt);
    }

    /** For lists: the phone shows only its first three and last four digits. */
    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }
}
