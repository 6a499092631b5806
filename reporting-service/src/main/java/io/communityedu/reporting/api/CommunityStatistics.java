package io.communityedu.reporting.api;

import io.communityedu.reporting.service.CommunityStatisticsView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(description = "A community's year against its plan.")
public record CommunityStatistics(
        @Schema(example = "qinghuai-road") String communityCode,
        @Schema(example = "2010") int year,
        @Schema(example = "12000") int residentPopulation,
        @Schema(description = "Distinct residents of this community holding a confirmed or completed place in a session"
                + " of any community's programme of this year", example = "6100")
        long participants,
        @Schema(description = "participants ÷ residentPopulation, 4 decimals (half up)", example = "0.5083")
        BigDecimal participationRate,
        @Schema(example = "50") int participationTargetPercent,
        @Schema(description = "participants × 100 ≥ target × residentPopulation (exact, not the rounded rate)")
        boolean participationTargetMet,
        @Schema(description = "This community's active featured programmes of the year", example = "3")
        long featuredProgrammes,
        @Schema(example = "2") int featuredProgrammeTarget,
        EnrolmentCounts enrolments,
        @Schema(description = "All four strands, always, in a fixed order")
        List<StrandStatistics> byStrand,
        @Schema(example = "150000.00") BigDecimal budget,
        @Schema(description = "Null when there is no plan for the year before", example = "120000.00")
        BigDecimal previousYearBudget,
        @Schema(description = "Null when there is no plan for the year before")
        Boolean budgetIncreased,
        StaffStatistics staff,
        FundingStatistics funding,
        @Schema(description = "Fee less price over the confirmed and completed enrolments of this community's"
                + " programmes of the year", example = "110.00")
        BigDecimal residentSavings,
        @Schema(description = "When the newest event folded into the statistics happened upstream")
        Instant asOf) {

    static CommunityStatistics of(CommunityStatisticsView report) {
        return new CommunityStatistics(report.communityCode(), report.year(), report.residentPopulation(),
                report.participants(), report.participationRate(), report.participationTargetPercent(),
                report.participationTargetMet(), report.featuredProgrammes(), report.featuredProgrammeTarget(),
                EnrolmentCounts.of(report.enrolments()), report.byStrand().stream().map(StrandStatistics::of).toList(),
                report.budget(), report.previousYearBudget(), report.budgetIncreased(),
                StaffStatistics.of(report.staff()), FundingStatistics.of(report.funding()), report.residentSavings(),
                report.asOf());
    }
}
