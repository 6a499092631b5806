package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.BudgetCategory;
import io.communityedu.programmes.domain.CategoryAmount;
import io.communityedu.programmes.domain.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** One line of a plan's budget split, as plan and budget-line bodies carry it. */
@Schema(description = "The part of the plan's budget set aside for one category.")
public record BudgetLine(
        @Schema(example = "TEACHING") @NotNull BudgetCategory category,
        @Schema(description = "CNY", example = "60000.00") @NotNull @PositiveOrZero @Money BigDecimal amount) {

    public static BudgetLine of(CategoryAmount line) {
        return new BudgetLine(line.category(), line.amount());
    }

    public static List<CategoryAmount> toAmounts(List<BudgetLine> lines) {
        return lines.stream().map(line -> new CategoryAmount(line.category, line.amount)).toList();
    }
}
