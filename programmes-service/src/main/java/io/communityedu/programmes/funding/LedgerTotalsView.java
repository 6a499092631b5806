package io.communityedu.programmes.funding;

import java.math.BigDecimal;
import java.util.List;

/** A plan-year's budget, spending (expenditures less reversals), what remains, and every category's share. */
public record LedgerTotalsView(BigDecimal budget, BigDecimal spent, BigDecimal remaining,
                               List<CategoryTotalView> byCategory) {
}
