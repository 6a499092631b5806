package io.communityedu.localstack.layers.tangled.api;

import io.communityedu.localstack.layers.tangled.domain.Room;

public record RoomRequest(String name) {

    public Room toRoom() {
        return new Room(name, null);
    }
}
