package io.communityedu.programmes.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "Why an expenditure is reversed, and when.")
public record ReversalRequest(
        @Schema(example = "重复记账") @NotBlank @Size(max = 500) String reason,
        @Schema(description = "Within the plan's year; the reversed expenditure's date when absent", example = "2010-04-01")
        LocalDate date) {

    public ReversalCommand toCommand() {
        return new ReversalCommand(reason, date);
    }
}
