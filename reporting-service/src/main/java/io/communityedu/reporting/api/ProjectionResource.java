package io.communityedu.reporting.api;

import io.communityedu.reporting.service.RebuildService;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on the projections. Not part of the public API: the gateway does not forward /admin. */
@Audited
@Path("/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projections (operators)", description = "How fresh the statistics are; rebuilding them from the topics")
public class ProjectionResource {

    private final RebuildService service;

    public ProjectionResource(RebuildService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "How fresh the projections are and how much is left to read")
    @APIResponseSchema(value = ProjectionStatus.class, responseCode = "200", responseDescription = "The projections' status")
    @RolesAllowed(Roles.ADMIN)
    public ProjectionStatus status() {
        return ProjectionStatus.of(service.status());
    }

    @POST
    @Path("rebuild")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Drop the projections and rebuild them from the beginning of the topics",
            description = "Answers once the projections are empty and the replay has begun; follow it with GET"
                    + " /admin/projections until lag is 0. Run it with a single reporting-service instance.")
    @APIResponse(responseCode = "202", description = "Rebuilding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectionStatus.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already starting, or the consumer cannot start one")
    @RolesAllowed(Roles.ADMIN)
    public Response rebuild() {
        service.rebuild();
        return Response.accepted(ProjectionStatus.of(service.status())).build();
    }
}
