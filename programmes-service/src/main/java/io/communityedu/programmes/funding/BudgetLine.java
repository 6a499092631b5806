package io.communityedu.programmes.funding;

import io.communityedu.programmes.api.Money;
import io.communityedu.programmes.domain.AnnualPlan;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** One line of a plan's budget split, as plans, requests and PlanSet events carry it. */
@Schema(description = "The part of the plan's budget set aside for one category.")
public record BudgetLine(
        @Schema(example = "TEACHING") @NotNull BudgetCategory category,
        @Schema(description = "CNY", example = "60000.00") @NotNull @PositiveOrZero @Money BigDecimal amount) {

    /** The plan's lines in category order (the order of BudgetCategory), whatever order they were stored in. */
    public static List<BudgetLine> of(AnnualPlan plan) {
        return plan.budgetLines.stream()
                .sorted(Comparator.comparing((PlanBudgetLine line) -> line.category))
                .map(line -> new BudgetLine(line.category, line.amount))
                .toList();
    }
}
