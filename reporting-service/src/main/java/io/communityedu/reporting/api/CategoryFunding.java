package io.communityedu.reporting.api;

import io.communityedu.reporting.domain.BudgetCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "One budget category of the plan-year.")
public record CategoryFunding(
        BudgetCategory category,
        @Schema(description = "The plan's budget line for it; 0.00 without one", example = "60000.00")
        BigDecimal budgeted,
        @Schema(description = "Its ledger entries, reversals included", example = "20000.53")
        BigDecimal spent) {
}
