package io.communityedu.reporting.api;

import io.communityedu.reporting.domain.BudgetCategory;
import io.communityedu.reporting.domain.FundingYear;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

@Schema(description = "The plan-year's budget against its ledger (专项经费).")
public record FundingStatistics(
        @Schema(example = "150000.00") BigDecimal budget,
        @Schema(description = "Every ledger entry of the plan year: expenditures and their (negative) reversals",
                example = "29200.78")
        BigDecimal spent,
        @Schema(description = "budget − spent", example = "120799.22") BigDecimal remaining,
        @Schema(description = "All six categories, always, in a fixed order")
        List<CategoryFunding> byCategory,
        @Schema(description = "spent ÷ participants, 2 decimals (half up); null without participants", example = "5840.16")
        BigDecimal spentPerParticipant,
        @Schema(description = "(budget ÷ previousYearBudget − 1) × 100, 1 decimal (half up); null without a plan for"
                + " the year before or with a budget of 0 then", example = "25.0")
        BigDecimal budgetGrowthPercent) {

    static FundingStatistics of(FundingYear funding) {
        List<CategoryFunding> byCategory = Arrays.stream(BudgetCategory.values())
                .map(category -> new CategoryFunding(category, funding.budgeted(category), funding.spent(category)))
                .toList();
        return new FundingStatistics(funding.budget(), funding.spent(), funding.remaining(), byCategory,
                funding.spentPerParticipant(), funding.budgetGrowthPercent());
    }
}
