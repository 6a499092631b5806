package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.AnnualPlan;
import io.communityedu.programmes.domain.BudgetCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A ledger entry: an expenditure, or the reversal of one (negative amount, reversalOf set). */
public record ExpenditureView(String id, String communityCode, int year, LocalDate date, BudgetCategory category,
                              BigDecimal amount, String payee, String description, String programmeId,
                              String reversalOf, String reversedBy, String reason, Instant createdAt) {

    static ExpenditureView of(Expenditure e, AnnualPlan plan) {
        return new ExpenditureView(e.id, plan.communityCode, plan.year, e.date, e.category, e.amount, e.payee,
                e.description, e.programmeId, e.reversalOf, e.reversedBy, e.reason, e.createdAt);
    }
}
