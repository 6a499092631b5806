package io.communityedu.reporting.service;

import io.communityedu.reporting.domain.Strand;

/** One strand over a community's programmes of a year. */
public record StrandStatisticsView(Strand strand, long programmes, long sessions, long participants, long enrolments,
                                   long completions, long learnerHours) {
}
