package io.communityedu.localstack.layers.tidy.events;

public class PlaceEventHandler {

    private final PlaceUpdates updates;

    public PlaceEventHandler(PlaceUpdates updates) {
        this.updates = updates;
    }

    public void handle(String name) {
        updates.renamed(name);
    }
}
