package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.BudgetCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a plan-year's ledger: an expenditure, or the reversal of one (negative amount,
 * {@code reversalOf} set). Append-only: nothing but the original's {@code reversedBy} link is ever
 * written after the insert, which the mapping enforces.
 */
@Entity
@Table(name = "expenditure")
public class Expenditure {

    @Id
    @Column(length = 36, updatable = false)
    public String id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    public Long planId;

    @Column(name = "entry_date", nullable = false, updatable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    public BudgetCategory category;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    public BigDecimal amount;

    @Column(nullable = false, length = 200, updatable = false)
    public String payee;

    @Column(length = 2000, updatable = false)
    public String description;

    @Column(name = "programme_id", length = 36, updatable = false)
    public String programmeId;

    @Column(name = "reversal_of", length = 36, updatable = false)
    public String reversalOf;

    @Column(name = "reversed_by", length = 36)
    public String reversedBy;

    @Column(length = 500, updatable = false)
    public String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public boolean isReversal() {
        return reversalOf != null;
    }
}
