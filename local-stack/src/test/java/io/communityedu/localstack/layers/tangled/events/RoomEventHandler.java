package io.communityedu.localstack.layers.tangled.events;

import io.communityedu.localstack.layers.tangled.service.RoomService;

public class RoomEventHandler {

    private final RoomService service = new RoomService();

    public void handle(String name) {
        service.rename(name);
    }
}
