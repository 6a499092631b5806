package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.TargetGroup;
import io.communityedu.enrolment.service.ResidentCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A resident to register.")
public record ResidentRequest(
        @Schema(example = "王小明") @NotBlank @Size(max = 100) String name,
        @Schema(example = "2002-03-01") @NotNull @Past LocalDate birthDate,
        @Schema(example = "qinghuai-road") @NotBlank @Size(max = 40) String communityCode,
        @Schema(example = "[\"PUPIL\"]") @Size(max = 9) List<@NotNull TargetGroup> groups,
        @Schema(description = "Shown in full only to GET /residents/{id}; masked in lists", example = "13800000000")
        @Pattern(regexp = "^\\+?[0-9][0-9 -]{4,18}[0-9]$", message = "must be a phone number of digits, spaces or '-'")
        String phone,
        @Schema(description = "A registered resident who is this resident's guardian, or null") @Size(max = 36)
        String guardianId) {

    public ResidentCommand toCommand() {
        return new ResidentCommand(name, birthDate, communityCode, groups, phone, guardianId);
    }
}
