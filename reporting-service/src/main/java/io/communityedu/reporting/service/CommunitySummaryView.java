package io.communityedu.reporting.service;

import java.math.BigDecimal;

/** One community's year in the district summary. */
public record CommunitySummaryView(String communityCode, int residentPopulation, long participants,
                                   BigDecimal participationRate, boolean participationTargetMet,
                                   long featuredProgrammes, BigDecimal budget, Boolean budgetIncreased,
                                   BigDecimal spent, long regularMeetingsHeld) {
}
