package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.AnnualPlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(description = "A community's annual education work plan.")
public record PlanResponse(
        @Schema(example = "qinghuai-road") String communityCode,
        @Schema(example = "2010") int year,
        @Schema(example = "12000") int residentPopulation,
        @Schema(example = "50") int participationTargetPercent,
        @Schema(example = "2") int featuredProgrammeTarget,
        @Schema(example = "150000.00") BigDecimal budget,
        Instant createdAt,
        Instant updatedAt) {

    public static PlanResponse from(AnnualPlan plan) {
        return new PlanResponse(plan.communityCode, plan.year, plan.residentPopulation, plan.participationTargetPercent,
                plan.featuredProgrammeTarget, plan.budget, plan.createdAt, plan.updatedAt);
    }
}
