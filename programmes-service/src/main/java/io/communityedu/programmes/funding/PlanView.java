package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.AnnualPlan;
import io.communityedu.programmes.domain.CategoryAmount;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A community's plan for a year, its budget lines in category order and what its ledger has spent. */
public record PlanView(String communityCode, int year, int residentPopulation, int participationTargetPercent,
                       int featuredProgrammeTarget, int regularMeetingsPlanned, BigDecimal budget,
                       List<CategoryAmount> budgetLines, BigDecimal spent, Instant createdAt, Instant updatedAt) {

    static PlanView of(AnnualPlan plan, BigDecimal spent) {
        return new PlanView(plan.communityCode, plan.year, plan.residentPopulation, plan.participationTargetPercent,
                plan.featuredProgrammeTarget, plan.regularMeetingsPlanned, plan.budget, CategoryAmount.of(plan), spent,
                plan.createdAt, plan.updatedAt);
    }
}
