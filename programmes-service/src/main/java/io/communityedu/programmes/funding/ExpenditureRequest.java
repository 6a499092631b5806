package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.BudgetCategory;
import io.communityedu.programmes.domain.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(description = "An expenditure to book in the plan-year's ledger.")
public record ExpenditureRequest(
        @Schema(description = "Within the plan's year", example = "2010-03-15") @NotNull LocalDate date,
        @Schema(example = "TEACHING") @NotNull BudgetCategory category,
        @Schema(description = "CNY", example = "1200.00") @NotNull @Positive @Money BigDecimal amount,
        @Schema(example = "清河区社区学院") @NotBlank @Size(max = 200) String payee,
        @Schema(example = "春季家长学校授课费") @Size(max = 2000) String description,
        @Schema(description = "A programme of this community and year the money went to, or null")
        @Size(max = 36) String programmeId) {

    public ExpenditureCommand toCommand() {
        return new ExpenditureCommand(date, category, amount, payee, description, programmeId);
    }
}
