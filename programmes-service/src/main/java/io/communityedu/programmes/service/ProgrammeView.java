package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.Programme;
import io.communityedu.programmes.domain.ProgrammeStatus;
import io.communityedu.programmes.domain.Strand;
import io.communityedu.programmes.domain.TargetGroup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A programme of a community's plan year. */
public record ProgrammeView(String id, String communityCode, int year, String title, String description, Strand strand,
                            List<TargetGroup> targetGroups, Integer minAge, Integer maxAge, String providerId,
                            boolean featured, String certificateName, BigDecimal fee, ProgrammeStatus status,
                            Instant createdAt, Instant updatedAt) {

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id, p.communityCode, p.year, p.title, p.description, p.strand,
                List.copyOf(p.targetGroups), p.minAge, p.maxAge, p.providerId, p.featured, p.certificateName, p.fee,
                p.status, p.createdAt, p.updatedAt);
    }
}
