package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.BudgetCategory;
import java.math.BigDecimal;

/** One category's budget line (0.00 without one) and spending. */
public record CategoryTotalView(BudgetCategory category, BigDecimal budgeted, BigDecimal spent) {
}
