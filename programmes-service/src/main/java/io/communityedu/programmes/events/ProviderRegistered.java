package io.communityedu.programmes.events;

import io.communityedu.programmes.domain.Provider;
import io.communityedu.programmes.domain.ProviderType;

/** {@code ProviderRegistered}: key providerId. */
public record ProviderRegistered(String providerId, String name, ProviderType type, int residentDiscountPercent) {

    public static final String TYPE = "ProviderRegistered";

    static ProviderRegistered of(Provider p) {
        return new ProviderRegistered(p.id, p.name, p.type, p.residentDiscountPercent);
    }
}
