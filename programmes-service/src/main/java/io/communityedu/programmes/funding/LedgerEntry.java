package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.AnnualPlan;
import io.communityedu.programmes.domain.BudgetCategory;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code ExpenditureBooked} / {@code ExpenditureReversed}: one ledger entry; key communityCode.
 * Payee, description and reason stay in programmes-service.
 */
public record LedgerEntry(String entryId, String communityCode, int year, LocalDate date, BudgetCategory category,
                          BigDecimal amount, String programmeId, String reversalOf) {

    public static final String BOOKED = "ExpenditureBooked";
    public static final String REVERSED = "ExpenditureReversed";

    static LedgerEntry of(Expenditure e, AnnualPlan plan) {
        return new LedgerEntry(e.id, plan.communityCode, plan.year, e.date, e.category, e.amount, e.programmeId,
                e.reversalOf);
    }
}
