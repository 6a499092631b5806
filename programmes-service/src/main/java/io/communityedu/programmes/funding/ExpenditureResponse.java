package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.BudgetCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "A ledger entry: an expenditure, or the reversal of one (negative amount, reversalOf set).")
public record ExpenditureResponse(
        String id,
        @Schema(example = "qinghuai-road") String communityCode,
        @Schema(example = "2010") int year,
        @Schema(example = "2010-03-15") LocalDate date,
        BudgetCategory category,
        @Schema(description = "CNY; negative for a reversal", example = "1200.00") BigDecimal amount,
        @Schema(example = "清河区社区学院") String payee,
        String description,
        String programmeId,
        @Schema(description = "For a reversal, the expenditure it reverses") String reversalOf,
        @Schema(description = "For a reversed expenditure, its reversal") String reversedBy,
        @Schema(description = "For a reversal, why") String reason,
        Instant createdAt) {

    public static ExpenditureResponse of(ExpenditureView e) {
        return new ExpenditureResponse(e.id(), e.communityCode(), e.year(), e.date(), e.category(), e.amount(), e.payee(),
                e.description(), e.programmeId(), e.reversalOf(), e.reversedBy(), e.reason(), e.createdAt());
    }
}
