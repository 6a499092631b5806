package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.ProgrammeStatus;
import io.communityedu.programmes.domain.Strand;
import io.communityedu.programmes.domain.TargetGroup;

import java.math.BigDecimal;
import java.util.List;

/** A programme to create, or to replace one with. Null optional fields get the service's defaults. */
public record ProgrammeCommand(String communityCode, int year, String title, String description, Strand strand,
                               List<TargetGroup> targetGroups, Integer minAge, Integer maxAge, String providerId,
                               Boolean featured, String certificateName, BigDecimal fee, ProgrammeStatus status) {
}
