package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/** The part of a PlanSet event the statistics need (docs/asyncapi.yaml). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanSet(String communityCode, int year, int residentPopulation, int participationTargetPercent,
                      int featuredProgrammeTarget, BigDecimal budget, Integer regularMeetingsPlanned,
                      List<BudgetLine> budgetLines, long version) {

    /** What an event from before the staff and funding fields means by their absence. */
    private static final int DEFAULT_REGULAR_MEETINGS = 12;

    public PlanSet {
        regularMeetingsPlanned = regularMeetingsPlanned == null ? DEFAULT_REGULAR_MEETINGS : regularMeetingsPlanned;
        budgetLines = budgetLines == null ? List.of() : budgetLines;
    }
}
