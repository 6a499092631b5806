package io.communityedu.localstack.layers.tangled.domain;

import io.communityedu.localstack.layers.tangled.events.RoomEventHandler;

public record Room(String name, RoomEventHandler handler) {
}
