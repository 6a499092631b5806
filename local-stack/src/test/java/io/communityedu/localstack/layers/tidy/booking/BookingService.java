package io.communityedu.localstack.layers.tidy.booking;

import io.communityedu.localstack.layers.tidy.service.PlaceCommand;
import io.communityedu.localstack.layers.tidy.service.PlaceService;

public class BookingService {

    private final PlaceService places = new PlaceService();

    public String book(String place, long fee) {
        return places.create(new PlaceCommand(place)) + fee;
    }
}
