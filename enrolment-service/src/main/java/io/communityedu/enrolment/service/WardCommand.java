package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.TargetGroup;

import java.time.LocalDate;
import java.util.List;

/** A minor the signed-in resident registers as their guardian; {@code guardianConsent} must be true. */
public record WardCommand(String name, LocalDate birthDate, List<TargetGroup> groups, Boolean guardianConsent) {
}
