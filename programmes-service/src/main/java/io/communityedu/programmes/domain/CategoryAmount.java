package io.communityedu.programmes.domain;

import io.communityedu.programmes.domain.AnnualPlan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** One line of a plan's budget split, as plans, their commands and views, and PlanSet events carry it. */
public record CategoryAmount(BudgetCategory category, BigDecimal amount) {

    /** The plan's lines in category order (the order of BudgetCategory), whatever order they were stored in. */
    public static List<CategoryAmount> of(AnnualPlan plan) {
        return plan.budgetLines.stream()
                .sorted(Comparator.comparing((PlanBudgetLine line) -> line.category))
                .map(line -> new CategoryAmount(line.category, line.amount))
                .toList();
    }
}
