package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.CategoryAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The plan's budget split by category; an empty list removes the split.")
public record BudgetLinesRequest(
        @Schema(description = "Each category at most once; the amounts add up to the plan's budget")
        @NotNull @Size(max = 6) List<@Valid @NotNull BudgetLine> lines) {

    public List<CategoryAmount> toAmounts() {
        return BudgetLine.toAmounts(lines);
    }
}
