package io.communityedu.programmes.api;

import io.communityedu.programmes.funding.PlanView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(description = "A community's annual education work plan.")
public record PlanResponse(
        @Schema(example = "qinghuai-road") String communityCode,
        @Schema(example = "2010") int year,
        @Schema(example = "12000") int residentPopulation,
        @Schema(example = "50") int participationTargetPercent,
        @Schema(example = "2") int featuredProgrammeTarget,
        @Schema(example = "12") int regularMeetingsPlanned,
        @Schema(example = "150000.00") BigDecimal budget,
        @Schema(description = "The budget split by category, in category order; [] when not split")
        List<BudgetLine> budgetLines,
        @Schema(description = "The ledger's total: expenditures less reversals", example = "0.00") BigDecimal spent,
        Instant createdAt,
        Instant updatedAt) {

    public static PlanResponse of(PlanView plan) {
        return new PlanResponse(plan.communityCode(), plan.year(), plan.residentPopulation(),
                plan.participationTargetPercent(), plan.featuredProgrammeTarget(), plan.regularMeetingsPlanned(),
                plan.budget(), plan.budgetLines().stream().map(BudgetLine::of).toList(), plan.spent(),
                plan.createdAt(), plan.updatedAt());
    }
}
