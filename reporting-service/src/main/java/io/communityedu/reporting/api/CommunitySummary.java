package io.communityedu.reporting.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.communityedu.reporting.service.CommunitySummaryView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "One community's year in the district summary; the same definitions as the community report.")
@JsonPropertyOrder({"communityCode", "residentPopulation", "participants", "participationRate", "participationTargetMet",
        "featuredProgrammes", "budget", "budgetIncreased", "spent", "regularMeetingsHeld"})
public record CommunitySummary(
        @Schema(example = "qinghuai-road") String communityCode,
        @Schema(example = "12000") int residentPopulation,
        @Schema(example = "6100") long participants,
        @Schema(example = "0.5083") BigDecimal participationRate,
        boolean participationTargetMet,
        @Schema(example = "3") long featuredProgrammes,
        @Schema(example = "150000.00") BigDecimal budget,
        @Schema(description = "Null when there is no plan for the year before") Boolean budgetIncreased,
        @Schema(description = "The plan-year's ledger entries, reversals included", example = "29200.78") BigDecimal spent,
        @Schema(description = "Regular staff meetings dated in the year", example = "10") long regularMeetingsHeld) {

    static CommunitySummary of(CommunitySummaryView row) {
        return new CommunitySummary(row.communityCode(), row.residentPopulation(), row.participants(),
                row.participationRate(), row.participationTargetMet(), row.featuredProgrammes(), row.budget(),
                row.budgetIncreased(), row.spent(), row.regularMeetingsHeld());
    }
}
