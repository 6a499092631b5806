package io.communityedu.programmes.api;

import io.communityedu.programmes.service.CommunityView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A registered community.")
public record CommunityResponse(
        @Schema(example = "qinghuai-road") String code,
        @Schema(example = "清淮路社区") String name,
        @Schema(example = "清河区") String district,
        Instant createdAt) {

    public static CommunityResponse of(CommunityView community) {
        return new CommunityResponse(community.code(), community.name(), community.district(), community.createdAt());
    }
}
