package io.communityedu.reporting.service;

import java.util.List;

/** Every community with a plan in the year, by community code. */
public record YearStatisticsView(int year, List<CommunitySummaryView> communities) {
}
