package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.ProviderType;
import io.communityedu.programmes.service.ProviderView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A partner that delivers teaching.")
public record ProviderResponse(
        @Schema(example = "3f2b8e8a-5d7c-4c55-9a57-0b1f0f3c2d11") String id,
        @Schema(example = "区社区学院") String name,
        ProviderType type,
        @Schema(example = "20") int residentDiscountPercent,
        Instant createdAt) {

    public static ProviderResponse of(ProviderView provider) {
        return new ProviderResponse(provider.id(), provider.name(), provider.type(), provider.residentDiscountPercent(),
                provider.createdAt());
    }
}
