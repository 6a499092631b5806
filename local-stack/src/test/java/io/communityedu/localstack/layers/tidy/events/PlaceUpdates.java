package io.communityedu.localstack.layers.tidy.events;

public interface PlaceUpdates {

    void renamed(String name);
}
