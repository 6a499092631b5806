package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.ProviderType;

/** A provider to register. */
public record ProviderCommand(String name, ProviderType type, int residentDiscountPercent) {
}
