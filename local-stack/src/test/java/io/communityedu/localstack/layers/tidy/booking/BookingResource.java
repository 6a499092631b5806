package io.communityedu.localstack.layers.tidy.booking;

import io.communityedu.localstack.layers.tidy.api.PlaceRequest;
import jakarta.ws.rs.Path;

@Path("/bookings")
public class BookingResource {

    private final BookingService service = new BookingService();

    public BookingResponse book(BookingRequest request, PlaceRequest alsoCreated) {
        return new BookingResponse(service.book(request.place(), request.fee()), alsoCreated);
    }
}
