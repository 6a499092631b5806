package io.communityedu.support.deadletter;

import io.communityedu.support.api.QueryParams;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Events this service's consumer gave up on. Not part of the public API: the gateway does not forward /admin. */
@Path("/admin/dead-letters")
@Audited
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters (operators)", description = "Events the consumer could not apply, and re-driving them")
public class DeadLetterResource {

    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "The dead letters waiting for this service's consumer group, oldest first")
    @APIResponseSchema(value = DeadLetterPage.class, responseCode = "200", responseDescription = "One page of them")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @RolesAllowed(Roles.ADMIN)
    public DeadLetterPage list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = QueryParams.page(page, size);
        List<DeadLetter> waiting = deadLetters.waiting();
        int from = (int) Math.min((long) request.page() * request.size(), waiting.size());
        int to = Math.min(from + request.size(), waiting.size());
        PageResponse<DeadLetter> one = request.respond(waiting.subList(from, to), waiting.size());
        return new DeadLetterPage(one.items(), one.page(), one.size(), one.total());
    }

    @POST
    @Path("{id: .+}/redrive")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Publish one dead letter to its original topic again",
            description = "The id is <dead-letter topic>/<partition>/<offset>. The event is applied once however often"
                    + " it is re-driven (the inbox skips event ids it has applied); if it fails again it becomes a new"
                    + " dead letter.")
    @APIResponseSchema(value = DeadLetter.class, responseCode = "200", responseDescription = "Re-driven; no longer listed")
    @APIResponse(responseCode = "404", description = "No such dead letter waiting")
    @RolesAllowed(Roles.ADMIN)
    public DeadLetter redrive(@PathParam("id") String id) {
        return deadLetters.redrive(id);
    }

    @POST
    @Path("redrive")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Publish every dead letter waiting to its original topic again, oldest first")
    @APIResponseSchema(value = Redriven.class, responseCode = "200", responseDescription = "What was re-driven")
    @RolesAllowed(Roles.ADMIN)
    public Redriven redriveAll() {
        List<DeadLetter> redriven = deadLetters.redriveAll();
        return new Redriven(redriven.size(), redriven.stream().map(DeadLetter::id).toList());
    }

    /** {@code {"items": [...], "page": 0, "size": 20, "total": 3}}. */
    public record DeadLetterPage(List<DeadLetter> items, int page, int size, long total) {
    }

    /** What {@code POST /admin/dead-letters/redrive} re-drove. */
    public record Redriven(int count, List<String> ids) {
    }
}
