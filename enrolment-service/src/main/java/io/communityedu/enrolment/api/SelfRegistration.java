package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.TargetGroup;
import io.communityedu.enrolment.service.SelfRegistrationCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "The signed-in account registering itself as a resident.")
public record SelfRegistration(
        @Schema(example = "王丽") @NotBlank @Size(max = 100) String name,
        @Schema(example = "1980-05-01") @NotNull @Past LocalDate birthDate,
        @Schema(example = "qinghuai-road") @NotBlank @Size(max = 40) String communityCode,
        @Schema(example = "[\"PARENT\"]") @Size(max = 9) List<@NotNull TargetGroup> groups,
        @Schema(example = "13800000000")
        @Pattern(regexp = "^\\+?[0-9][0-9 -]{4,18}[0-9]$", message = "must be a phone number of digits, spaces or '-'")
        String phone) {

    public SelfRegistrationCommand toCommand() {
        return new SelfRegistrationCommand(name, birthDate, communityCode, groups, phone);
    }
}
