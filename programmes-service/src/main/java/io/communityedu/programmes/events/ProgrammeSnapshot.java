package io.communityedu.programmes.events;

import io.communityedu.programmes.domain.Programme;
import io.communityedu.programmes.domain.ProgrammeStatus;
import io.communityedu.programmes.domain.Strand;
import io.communityedu.programmes.domain.TargetGroup;

import java.math.BigDecimal;
import java.util.List;

/** Data of {@code ProgrammeCreated} and {@code ProgrammeChanged}: the whole programme; key programmeId. */
public record ProgrammeSnapshot(String programmeId, String communityCode, int year, String title, Strand strand,
                                boolean featured, ProgrammeStatus status, List<TargetGroup> targetGroups,
                                Integer minAge, Integer maxAge, String providerId, String certificateName,
                                BigDecimal fee, Integer residentDiscountPercent, long version) {

    public static final String CREATED = "ProgrammeCreated";
    public static final String CHANGED = "ProgrammeChanged";

    /** {@code residentDiscountPercent}: the programme's provider's, null without a provider. */
    static ProgrammeSnapshot of(Programme p, Integer residentDiscountPercent) {
        return new ProgrammeSnapshot(p.id, p.communityCode, p.year, p.title, p.strand, p.featured, p.status,
                List.copyOf(p.targetGroups), p.minAge, p.maxAge, p.providerId, p.certificateName, p.fee,
                residentDiscountPercent, p.version);
    }
}
