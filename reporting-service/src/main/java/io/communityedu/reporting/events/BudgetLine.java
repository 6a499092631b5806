package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.communityedu.reporting.domain.BudgetCategory;

import java.math.BigDecimal;

/** One category's share of a plan's budget, in a PlanSet. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetLine(BudgetCategory category, BigDecimal amount) {
}
