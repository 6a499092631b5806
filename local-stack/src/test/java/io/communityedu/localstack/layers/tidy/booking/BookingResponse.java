package io.communityedu.localstack.layers.tidy.booking;

import io.communityedu.localstack.layers.tidy.api.PlaceRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A booking, with the place as it was asked for")
public record BookingResponse(String id, PlaceRequest place) {
}
