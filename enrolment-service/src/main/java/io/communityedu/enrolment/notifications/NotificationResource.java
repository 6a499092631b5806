package io.communityedu.enrolment.notifications;

import io.communityedu.support.api.QueryParams;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.security.Roles;
import io.communityedu.support.time.Timestamps;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** The signed-in resident's inbox: their own notifications and their wards'. */
@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resident self-service")
// As the rest of /api/v1/me: admins may do everything (API.md).
@RolesAllowed({Roles.RESIDENT, Roles.ADMIN})
@Audited
public class NotificationResource {

    private final NotificationService service;
    private final NotificationStream stream;

    public NotificationResource(NotificationService service, NotificationStream stream) {
        this.service = service;
        this.stream = stream;
    }

    @GET
    @Operation(summary = "The signed-in resident's notifications, newest first",
            description = "With the count of unread ones in the whole inbox; unread=true or false filters.")
    @APIResponseSchema(value = NotificationPage.class, responseCode = "200", responseDescription = "One page of notifications")
    @APIResponse(responseCode = "400", description = "A paging parameter or unread is invalid")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public NotificationPage list(@QueryParam("unread") String unread, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        Boolean onlyUnread = QueryParams.optionalBoolean("unread", unread);
        return NotificationPage.of(service.inbox(onlyUnread, QueryParams.page(page, size)));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the signed-in resident's notifications read",
            description = "Marking it again keeps the time it was first read.")
    @APIResponseSchema(value = NotificationResponse.class, responseCode = "200", responseDescription = "The notification")
    @APIResponse(responseCode = "404", description = "No such notification in this inbox, or not registered yet")
    public NotificationResponse read(@PathParam("id") String id) {
        return NotificationResponse.of(service.read(id));
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking // finds the caller's resident in the database before the stream starts
    @Operation(summary = "New notifications of the signed-in resident's inbox as server-sent events",
            description = "Each as event \"notification\" with the notification's id and its JSON as data, within 2 s. "
                    + "With Last-Event-ID, the ones after it come first. A comment line when it opens and every 15 s keeps it open.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = NotificationResponse.class)))
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public Multi<OutboundSseEvent> stream(@HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
                                          @Context Sse sse) {
        String inbox = service.inboxOfCaller();
        Instant from = lastEventId == null ? null : service.createdAt(inbox, lastEventId).orElse(null);
        // An unknown Last-Event-ID cannot say where the client was: it gets what comes from now on.
        return from == null ? stream.open(sse, inbox, Timestamps.now(), null) : stream.open(sse, inbox, from, lastEventId);
    }
}
