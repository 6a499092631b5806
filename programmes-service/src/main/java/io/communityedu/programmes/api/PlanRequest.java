package io.communityedu.programmes.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "A community's annual education work plan.")
public record PlanRequest(
        @Schema(description = "Residents of the community", example = "12000")
        @NotNull @Min(1) @Max(100_000_000) Integer residentPopulation,
        @Schema(description = "Share of residents to take part in education or training this year, in %", example = "50")
        @NotNull @Min(0) @Max(100) Integer participationTargetPercent,
        @Schema(description = "Featured (signature) programmes to run", example = "2")
        @NotNull @Min(0) @Max(1000) Integer featuredProgrammeTarget,
        @Schema(description = "Dedicated funding in CNY", example = "150000.00")
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal budget) {
}
