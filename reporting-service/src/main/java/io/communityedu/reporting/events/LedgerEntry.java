package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.communityedu.reporting.domain.BudgetCategory;

import java.math.BigDecimal;

/** The part of an ExpenditureBooked or ExpenditureReversed event the statistics need; a reversal's amount is negative. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerEntry(String entryId, String communityCode, int year, BudgetCategory category, BigDecimal amount) {
}
