package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.TargetGroup;

import java.time.LocalDate;
import java.util.List;

/** A resident to register; {@code guardianId} a registered resident, or null. */
public record ResidentCommand(String name, LocalDate birthDate, String communityCode, List<TargetGroup> groups,
                              String phone, String guardianId) {
}
