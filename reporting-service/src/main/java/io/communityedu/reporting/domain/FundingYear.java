package io.communityedu.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A plan-year's money: the budget and its split, what the ledger spent by category (reversals
 * included), and the figures API.md derives from them. Categories missing from a map have 0.00.
 */
public record FundingYear(BigDecimal budget, BigDecimal previousYearBudget, long participants,
                          Map<BudgetCategory, BigDecimal> budgetedByCategory,
                          Map<BudgetCategory, BigDecimal> spentByCategory) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FundingYear {
        budgetedByCategory = Map.copyOf(budgetedByCategory);
        spentByCategory = Map.copyOf(spentByCategory);
    }

    public BigDecimal budgeted(BudgetCategory category) {
        return budgetedByCategory.getOrDefault(category, Money.ZERO);
    }

    public BigDecimal spent(BudgetCategory category) {
        return spentByCategory.getOrDefault(category, Money.ZERO);
    }

    public BigDecimal spent() {
        return spentByCategory.values().stream().reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal remaining() {
        return budget.subtract(spent());
    }

    /** spent ÷ participants, 2 places half up; null without participants. */
    public BigDecimal spentPerParticipant() {
        return participants == 0 ? null : spent().divide(BigDecimal.valueOf(participants), 2, RoundingMode.HALF_UP);
    }

    /**
     * (budget ÷ previousYearBudget − 1) × 100, 1 place half up, computed as (budget − previous) × 100 ÷ previous
     * so that it is rounded once; null without a previous plan or with a previous budget of 0.
     */
    public BigDecimal budgetGrowthPercent() {
        if (previousYearBudget == null || previousYearBudget.signum() == 0) {
            return null;
        }
        return budget.subtract(previousYearBudget).multiply(HUNDRED).divide(previousYearBudget, 1, RoundingMode.HALF_UP);
    }
}
