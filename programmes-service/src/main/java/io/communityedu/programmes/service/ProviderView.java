package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.Provider;
import io.communityedu.programmes.domain.ProviderType;

import java.time.Instant;

/** A registered provider. */
public record ProviderView(String id, String name, ProviderType type, int residentDiscountPercent, Instant createdAt) {

    static ProviderView of(Provider provider) {
        return new ProviderView(provider.id, provider.name, provider.type, provider.residentDiscountPercent,
                provider.createdAt);
    }
}
