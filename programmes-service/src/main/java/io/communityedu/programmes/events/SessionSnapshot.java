package io.communityedu.programmes.events;

import io.communityedu.programmes.domain.Allocation;
import io.communityedu.programmes.domain.Programme;
import io.communityedu.programmes.domain.ProgrammeSession;
import io.communityedu.programmes.domain.ProgrammeStatus;
import io.communityedu.programmes.domain.Strand;
import io.communityedu.programmes.domain.TargetGroup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code SessionScheduled} and {@code SessionChanged}: the whole session plus the programme
 * facts an enrolment decision and its price need, so a consumer can decide from this event alone. Key programmeId,
 * so a programme's and its sessions' events stay in order.
 */
public record SessionSnapshot(String sessionId, String programmeId, String communityCode, int year, Strand strand,
                              boolean featured, ProgrammeStatus programmeStatus, List<TargetGroup> targetGroups,
                              Integer minAge, Integer maxAge, String certificateName, String programmeTitle,
                              String title, String venue, LocalDate startDate, LocalDate endDate, int capacity, int hours,
                              Instant enrolmentOpensAt, Instant enrolmentClosesAt, BigDecimal fee,
                              Integer residentDiscountPercent, Allocation allocation, Integer offerHours,
                              long version) {

    public static final String SCHEDULED = "SessionScheduled";
    public static final String CHANGED = "SessionChanged";

    /** {@code residentDiscountPercent}: the programme's provider's, null without a provider. */
    static SessionSnapshot of(ProgrammeSession s, Programme p, Integer residentDiscountPercent) {
        return new SessionSnapshot(s.id, p.id, p.communityCode, p.year, p.strand, p.featured, p.status,
                List.copyOf(p.targetGroups), p.minAge, p.maxAge, p.certificateName, p.title, s.title, s.venue, s.startDate, s.endDate,
                s.capacity, s.hours, s.enrolmentOpensAt, s.enrolmentClosesAt, p.fee, residentDiscountPercent, s.allocation,
                s.offerHours, s.version);
    }
}
