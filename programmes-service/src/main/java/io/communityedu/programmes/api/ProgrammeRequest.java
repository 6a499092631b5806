package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.ProgrammeStatus;
import io.communityedu.programmes.domain.Strand;
import io.communityedu.programmes.domain.TargetGroup;
import io.communityedu.programmes.service.ProgrammeCommand;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "A programme of a community's plan year. PUT takes the same body and replaces the programme.")
public record ProgrammeRequest(
        @Schema(example = "qinghuai-road") @NotBlank @Size(max = 40) String communityCode,
        @Schema(example = "2010") @NotNull @Min(1900) @Max(2100) Integer year,
        @Schema(example = "暑期读书征文") @NotBlank @Size(max = 200) String title,
        @Schema(example = "暑假期间面向中小学生的读书与征文活动") @Size(max = 4000) String description,
        @Schema(example = "YOUTH_DEVELOPMENT") @NotNull Strand strand,
        @Schema(description = "Who may enrol; GENERAL or an empty list opens it to every resident", example = "[\"PUPIL\"]")
        @Size(max = 9) List<@NotNull TargetGroup> targetGroups,
        @Schema(example = "6") @Min(0) @Max(150) Integer minAge,
        @Schema(example = "15") @Min(0) @Max(150) Integer maxAge,
        @Schema(description = "A registered provider, or null") @Size(max = 36) String providerId,
        @Schema(description = "A featured (signature) programme of the year", example = "true") Boolean featured,
        @Schema(description = "Certificate issued on completion, or null", example = "家庭教育指导师结业证书")
        @Size(max = 200) String certificateName,
        @Schema(description = "Fee in CNY", example = "0.00") @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal fee,
        @Schema(description = "ACTIVE (default) or ARCHIVED") ProgrammeStatus status) {

    public ProgrammeCommand toCommand() {
        return new ProgrammeCommand(communityCode, year, title, description, strand, targetGroups, minAge, maxAge,
                providerId, featured, certificateName, fee, status);
    }
}
