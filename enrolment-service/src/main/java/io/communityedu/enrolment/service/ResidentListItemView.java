package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.TargetGroup;

import java.time.Instant;
import java.util.List;

/** What lists show of a resident; the phone is masked here, so a list never holds a full number. */
public record ResidentListItemView(
        String id,
        String name,
        String communityCode,
        List<TargetGroup> groups,
        String phone,
        Instant createdAt) {

    public static ResidentListItemView of(Resident r) {
        return new ResidentListItemView(r.id, r.name, r.communityCode, List.copyOf(r.groups), maskPhone(r.phone),
                r.createdAt);
    }

    /** The phone shows only its first three and last four digits. */
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
