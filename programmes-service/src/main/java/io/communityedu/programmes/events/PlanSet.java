package io.communityedu.programmes.events;

import io.communityedu.programmes.domain.AnnualPlan;

import java.math.BigDecimal;

/** {@code PlanSet}: a plan created or replaced, whole; key communityCode. */
public record PlanSet(String communityCode, int year, int residentPopulation, int participationTargetPercent,
                      int featuredProgrammeTarget, BigDecimal budget, long version) {

    public static final String TYPE = "PlanSet";

    static PlanSet of(AnnualPlan p) {
        return new PlanSet(p.communityCode, p.year, p.residentPopulation, p.participationTargetPercent,
                p.featuredProgrammeTarget, p.budget, p.version);
    }
}
