package io.communityedu.enrolment.draws;

import io.communityedu.support.audit.Audited;
import io.communityedu.support.audit.RequestAudit;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/draws")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Draws")
@Audited
public class DrawResource {

    private final DrawService service;
    private final RequestAudit audit;

    public DrawResource(DrawService service, RequestAudit audit) {
        this.service = service;
        this.audit = audit;
    }

    @POST
    @Operation(summary = "Draw a closed lottery session now",
            description = "Otherwise the session is drawn automatically shortly after it closes. Tier 1 (the community's "
                    + "residents without a place that year), then tier 2 (its other residents), then tier 3 (other "
                    + "communities); within a tier by HMAC-SHA256 of the enrolment id keyed with the seed. The first "
                    + "free places are CONFIRMED, the rest WAITLISTED in draw order.")
    @APIResponseSchema(value = DrawResponse.class, responseCode = "200", responseDescription = "The draw, with its seed and order")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not staff of the session's community, an officer or an admin")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "ALREADY_DRAWN")
    @APIResponse(responseCode = "422", description = "NOT_A_LOTTERY or ENROLMENT_STILL_OPEN")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public DrawResponse draw(@Valid @NotNull DrawRequest request) {
        audit.about("session", request.sessionId()); // a draw is of the session named in the body
        return DrawResponse.of(service.draw(request.sessionId()));
    }

    @GET
    @Path("{sessionId}")
    @Operation(summary = "A lottery session's draw",
            description = "The seed's commitment from the first application on; the seed, the time and the order once "
                    + "drawn, so anyone can recompute the order and check the seed against the commitment.")
    @APIResponseSchema(value = DrawResponse.class, responseCode = "200", responseDescription = "The draw")
    @APIResponse(responseCode = "404", description = "No such session, or no one has applied yet")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.STATISTICS_READER, Roles.ADMIN})
    public DrawResponse get(@PathParam("sessionId") String sessionId) {
        return DrawResponse.of(service.get(sessionId));
    }
}
