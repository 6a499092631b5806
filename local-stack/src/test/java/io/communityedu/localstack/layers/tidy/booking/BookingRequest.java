package io.communityedu.localstack.layers.tidy.booking;

import io.communityedu.localstack.layers.tidy.api.Amount;

public record BookingRequest(String place, @Amount long fee) {
}
