package io.communityedu.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** One line of a plan's budget split, kept with the plan (AnnualPlan.budgetLines). */
@Embeddable
public class PlanBudgetLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public BudgetCategory category;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    public static PlanBudgetLine of(BudgetCategory category, BigDecimal amount) {
        PlanBudgetLine line = new PlanBudgetLine();
        line.category = category;
        line.amount = amount;
        return line;
    }
}
