package io.communityedu.reporting.persistence;

import io.communityedu.reporting.domain.Strand;

import java.math.BigDecimal;

/** Sums over a community's programmes of one strand and year. */
public record StrandTally(Strand strand, long programmes, long activeFeatured, long sessions, long confirmed,
                          long waitlisted, long cancelled, long completed, long applied, long offered, long declined,
                          long expired, long learnerHours, BigDecimal residentSavings) {
}
