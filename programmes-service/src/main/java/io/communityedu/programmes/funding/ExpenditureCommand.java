package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.BudgetCategory;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An expenditure to book in a plan-year's ledger; {@code programmeId} may be null. */
public record ExpenditureCommand(LocalDate date, BudgetCategory category, BigDecimal amount, String payee,
                                 String description, String programmeId) {
}
