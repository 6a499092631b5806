package io.communityedu.programmes.api;

import io.communityedu.programmes.service.CommunityCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A community to register.")
public record CommunityRequest(
        @Schema(description = "Stable identifier chosen by the district", example = "qinghuai-road")
        @NotNull @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,39}$", message = "must be 2-40 lowercase letters, digits or '-', starting with a letter or digit")
        String code,
        @Schema(example = "清淮路社区") @NotBlank @Size(max = 200) String name,
        @Schema(example = "清河区") @Size(max = 200) String district) {

    public CommunityCommand toCommand() {
        return new CommunityCommand(code, name, district);
    }
}
