package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.BudgetCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "One category's budget line and spending.")
public record CategoryTotal(
        @Schema(example = "TEACHING") BudgetCategory category,
        @Schema(description = "The category's budget line; 0.00 without one", example = "60000.00") BigDecimal budgeted,
        @Schema(description = "Expenditures less reversals", example = "1200.00") BigDecimal spent) {

    public static CategoryTotal of(CategoryTotalView total) {
        return new CategoryTotal(total.category(), total.budgeted(), total.spent());
    }
}
