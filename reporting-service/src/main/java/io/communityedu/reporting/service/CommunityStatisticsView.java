package io.communityedu.reporting.service;

import io.communityedu.reporting.domain.FundingYear;
import io.communityedu.reporting.domain.StaffYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A community's year against its plan; staff and funding as the domain's figures, which derive the rest. */
public record CommunityStatisticsView(String communityCode, int year, int residentPopulation, long participants,
                                      BigDecimal participationRate, int participationTargetPercent,
                                      boolean participationTargetMet, long featuredProgrammes,
                                      int featuredProgrammeTarget, EnrolmentCountsView enrolments,
                                      List<StrandStatisticsView> byStrand, BigDecimal budget,
                                      BigDecimal previousYearBudget, Boolean budgetIncreased, StaffYear staff,
                                      FundingYear funding, BigDecimal residentSavings, Instant asOf) {
}
