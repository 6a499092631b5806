package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.CategoryAmount;

import java.math.BigDecimal;
import java.util.List;

/**
 * A community's plan for a year, to create or replace. {@code regularMeetingsPlanned} null: the default;
 * {@code budgetLines} null: the current split stays.
 */
public record PlanCommand(int residentPopulation, int participationTargetPercent, int featuredProgrammeTarget,
                          Integer regularMeetingsPlanned, BigDecimal budget, List<CategoryAmount> budgetLines) {
}
