package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.TargetGroup;
import io.communityedu.enrolment.service.SelfUpdateCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "What a resident may change of their own record.")
public record SelfUpdate(
        @Schema(example = "王丽") @NotBlank @Size(max = 100) String name,
        @Schema(example = "[\"PARENT\"]") @Size(max = 9) List<@NotNull TargetGroup> groups,
        @Schema(example = "13800000001")
        @Pattern(regexp = "^\\+?[0-9][0-9 -]{4,18}[0-9]$", message = "must be a phone number of digits, spaces or '-'")
        String phone) {

    public SelfUpdateCommand toCommand() {
        return new SelfUpdateCommand(name, groups, phone);
    }
}
