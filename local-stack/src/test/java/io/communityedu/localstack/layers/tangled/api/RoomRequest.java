package io.communityedu.localstack.layers.tangled.api;

public record RoomRequest(String name) {
}
