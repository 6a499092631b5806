package io.communityedu.localstack.layers.tidy.api;

import io.communityedu.localstack.layers.tidy.service.PlaceCommand;

public record PlaceRequest(String name) {

    public PlaceCommand toCommand() {
        return new PlaceCommand(name);
    }
}
