package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.Money;
import io.communityedu.programmes.service.PlanCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "A community's annual education work plan.")
public record PlanRequest(
        @Schema(description = "Residents of the community", example = "12000")
        @NotNull @Min(1) @Max(100_000_000) Integer residentPopulation,
        @Schema(description = "Share of residents to take part in education or training this year, in %", example = "50")
        @NotNull @Min(0) @Max(100) Integer participationTargetPercent,
        @Schema(description = "Featured (signature) programmes to run", example = "2")
        @NotNull @Min(0) @Max(1000) Integer featuredProgrammeTarget,
        @Schema(description = "Regular staff meetings (例会) to hold in the year; 12 when absent", example = "12")
        @Min(0) @Max(1000) Integer regularMeetingsPlanned,
        @Schema(description = "Dedicated funding in CNY", example = "150000.00")
        @NotNull @DecimalMin("0.00") @Money BigDecimal budget,
        @Schema(description = "The budget split by category, adding up to the budget; [] removes the split. "
                + "Absent, the current split stays, which needs the budget unchanged.")
        @Size(max = 6) List<@Valid @NotNull BudgetLine> budgetLines) {

    public PlanCommand toCommand() {
        return new PlanCommand(residentPopulation, participationTargetPercent, featuredProgrammeTarget,
                regularMeetingsPlanned, budget, budgetLines == null ? null : BudgetLine.toAmounts(budgetLines));
    }
}
