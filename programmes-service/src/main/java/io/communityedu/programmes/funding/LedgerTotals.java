package io.communityedu.programmes.funding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "The plan-year's money: budget, spending (expenditures less reversals) and what remains.")
public record LedgerTotals(
        @Schema(example = "150000.00") BigDecimal budget,
        @Schema(example = "1200.00") BigDecimal spent,
        @Schema(example = "148800.00") BigDecimal remaining,
        @Schema(description = "Every category, in the order of the category list") List<CategoryTotal> byCategory) {

    public static LedgerTotals of(LedgerTotalsView totals) {
        return new LedgerTotals(totals.budget(), totals.spent(), totals.remaining(),
                totals.byCategory().stream().map(CategoryTotal::of).toList());
    }
}
