package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.TargetGroup;
import io.communityedu.enrolment.service.WardCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A minor the signed-in resident registers as their guardian, in their own community.")
public record WardRequest(
        @Schema(example = "王小明") @NotBlank @Size(max = 100) String name,
        @Schema(example = "2003-03-01") @NotNull @Past LocalDate birthDate,
        @Schema(example = "[\"PUPIL\"]") @Size(max = 9) List<@NotNull TargetGroup> groups,
        @Schema(description = "Must be true: the guardian consents to the processing of the minor's personal data (PIPL)")
        Boolean guardianConsent) {

    public WardCommand toCommand() {
        return new WardCommand(name, birthDate, groups, guardianConsent);
    }
}
