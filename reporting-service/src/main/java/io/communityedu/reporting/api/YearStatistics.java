package io.communityedu.reporting.api;

import io.communityedu.reporting.service.YearStatisticsView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Every community with a plan in the year, by community code.")
public record YearStatistics(@Schema(example = "2010") int year, List<CommunitySummary> communities) {

    static YearStatistics of(YearStatisticsView statistics) {
        return new YearStatistics(statistics.year(),
                statistics.communities().stream().map(CommunitySummary::of).toList());
    }
}
