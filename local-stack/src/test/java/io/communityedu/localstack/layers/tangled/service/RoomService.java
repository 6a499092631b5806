package io.communityedu.localstack.layers.tangled.service;

import io.communityedu.localstack.layers.tangled.api.RoomRequest;

public class RoomService {

    public String create(RoomRequest request) {
        return request.name();
    }

    public String rename(String name) {
        return name;
    }
}
