package io.communityedu.localstack.layers.tidy.events;

import io.communityedu.localstack.layers.tidy.domain.Place;

public class PlaceEvents {

    public String created(Place place) {
        return "created " + place.name();
    }
}
