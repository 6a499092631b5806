package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.TargetGroup;

import java.time.LocalDate;
import java.util.List;

/** The signed-in account registering itself as a resident. */
public record SelfRegistrationCommand(String name, LocalDate birthDate, String communityCode, List<TargetGroup> groups,
                                      String phone) {
}
