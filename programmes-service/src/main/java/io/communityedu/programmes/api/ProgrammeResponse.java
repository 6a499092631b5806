package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.ProgrammeStatus;
import io.communityedu.programmes.domain.Strand;
import io.communityedu.programmes.domain.TargetGroup;
import io.communityedu.programmes.service.ProgrammeView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(description = "A programme of a community's plan year.")
public record ProgrammeResponse(
        String id,
        @Schema(example = "qinghuai-road") String communityCode,
        @Schema(example = "2010") int year,
        @Schema(example = "暑期读书征文") String title,
        String description,
        Strand strand,
        List<TargetGroup> targetGroups,
        Integer minAge,
        Integer maxAge,
        String providerId,
        boolean featured,
        String certificateName,
        @Schema(example = "0.00") BigDecimal fee,
        ProgrammeStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public static ProgrammeResponse of(ProgrammeView p) {
        return new ProgrammeResponse(p.id(), p.communityCode(), p.year(), p.title(), p.description(), p.strand(),
                p.targetGroups(), p.minAge(), p.maxAge(), p.providerId(), p.featured(), p.certificateName(), p.fee(),
                p.status(), p.createdAt(), p.updatedAt());
    }
}
