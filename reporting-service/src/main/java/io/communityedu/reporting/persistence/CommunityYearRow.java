package io.communityedu.reporting.persistence;

import java.math.BigDecimal;

/** One community's plan of a year with its counts, as the district summary reads it. */
public record CommunityYearRow(String communityCode, int residentPopulation, int participationTargetPercent,
                               BigDecimal budget, BigDecimal previousYearBudget, long participants,
                               long featuredProgrammes, BigDecimal spent, long regularMeetingsHeld) {
}
