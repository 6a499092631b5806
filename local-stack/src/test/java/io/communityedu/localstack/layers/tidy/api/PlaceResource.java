package io.communityedu.localstack.layers.tidy.api;

import io.communityedu.localstack.layers.tidy.service.PlaceService;
import jakarta.ws.rs.Path;

@Path("/places")
public class PlaceResource {

    private final PlaceService service = new PlaceService();

    public String create(PlaceRequest request) {
        return service.create(request.toCommand());
    }
}
