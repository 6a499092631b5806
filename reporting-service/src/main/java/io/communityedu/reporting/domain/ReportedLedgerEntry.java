package io.communityedu.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A ledger entry (an expenditure, or a reversal with a negative amount), once per entryId: the ledger is append-only. */
@Entity
@Table(name = "reported_ledger_entry")
public class ReportedLedgerEntry {

    @Id
    @Column(name = "entry_id", length = 36)
    public String entryId;

    @Column(name = "community_code", nullable = false, length = 40)
    public String communityCode;

    @Column(name = "plan_year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public BudgetCategory category;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;
}
