package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.TargetGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A resident's full record: only for the resident, their guardian, staff of their community, officers and admins. */
public record ResidentView(
        String id,
        String name,
        LocalDate birthDate,
        String communityCode,
        List<TargetGroup> groups,
        String phone,
        String guardianId,
        Instant guardianConsentAt,
        Instant createdAt) {

    public static ResidentView of(Resident r) {
        return new ResidentView(r.id, r.name, r.birthDate, r.communityCode, List.copyOf(r.groups), r.phone,
                r.guardianId, r.guardianConsentAt, r.createdAt);
    }
}
