package io.communityedu.localstack.layers.tidy.service;

import io.communityedu.localstack.layers.tidy.domain.Place;
import io.communityedu.localstack.layers.tidy.events.PlaceEvents;
import io.communityedu.localstack.layers.tidy.events.PlaceUpdates;

public class PlaceService implements PlaceUpdates {

    private final PlaceEvents events = new PlaceEvents();

    public String create(PlaceCommand command) {
        Place place = new Place(command.name());
        events.created(place);
        return place.name();
    }

    @Override
    public void renamed(String name) {
        create(new PlaceCommand(name));
    }
}
