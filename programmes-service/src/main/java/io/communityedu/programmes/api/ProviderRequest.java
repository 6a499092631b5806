package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.ProviderType;
import io.communityedu.programmes.service.ProviderCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A partner that delivers teaching.")
public record ProviderRequest(
        @Schema(example = "区社区学院") @NotBlank @Size(max = 200) String name,
        @Schema(example = "COMMUNITY_COLLEGE") @NotNull ProviderType type,
        @Schema(description = "Discount residents get, in %", example = "20")
        @NotNull @Min(0) @Max(100) Integer residentDiscountPercent) {

    public ProviderCommand toCommand() {
        return new ProviderCommand(name, type, residentDiscountPercent);
    }
}
