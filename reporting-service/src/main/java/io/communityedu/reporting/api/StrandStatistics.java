package io.communityedu.reporting.api;

import io.communityedu.reporting.domain.Strand;
import io.communityedu.reporting.service.StrandStatisticsView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One strand over the community's programmes of the year (archived ones included).")
public record StrandStatistics(
        Strand strand,
        long programmes,
        long sessions,
        @Schema(description = "Distinct residents (of any community) holding a confirmed or completed place in these programmes")
        long participants,
        @Schema(description = "Confirmed and completed enrolments")
        long enrolments,
        long completions,
        @Schema(description = "The session hours of every completed enrolment, summed")
        long learnerHours) {

    static StrandStatistics of(StrandStatisticsView strand) {
        return new StrandStatistics(strand.strand(), strand.programmes(), strand.sessions(), strand.participants(),
                strand.enrolments(), strand.completions(), strand.learnerHours());
    }
}
