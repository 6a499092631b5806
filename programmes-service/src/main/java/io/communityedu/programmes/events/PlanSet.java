package io.communityedu.programmes.events;

import io.communityedu.programmes.domain.AnnualPlan;
import io.communityedu.programmes.domain.CategoryAmount;

import java.math.BigDecimal;
import java.util.List;

/** {@code PlanSet}: a plan created or replaced, whole, its budget lines included; key communityCode. */
public record PlanSet(String communityCode, int year, int residentPopulation, int participationTargetPercent,
                      int featuredProgrammeTarget, int regularMeetingsPlanned, BigDecimal budget,
                      List<CategoryAmount> budgetLines, long version) {

    public static final String TYPE = "PlanSet";

    static PlanSet of(AnnualPlan p) {
        return new PlanSet(p.communityCode, p.year, p.residentPopulation, p.participationTargetPercent,
                p.featuredProgrammeTarget, p.regularMeetingsPlanned, p.budget, CategoryAmount.of(p), p.version);
    }
}
