package io.communityedu.localstack.layers.tidy.service;

public record PlaceCommand(String name) {
}
