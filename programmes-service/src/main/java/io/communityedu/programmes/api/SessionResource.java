package io.communityedu.programmes.api;

import io.communityedu.programmes.service.SessionService;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Audited
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes and sessions")
public class SessionResource {

    private final SessionService service;

    public SessionResource(SessionService service) {
        this.service = service;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a session")
    @APIResponseSchema(value = SessionResponse.class, responseCode = "200", responseDescription = "The session")
    @APIResponse(responseCode = "404", description = "No such session")
    @PermitAll
    public SessionResponse get(@PathParam("id") String id) {
        return SessionResponse.of(service.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a session", description = "Raising capacity lets waitlisted residents in.")
    @APIResponseSchema(value = SessionResponse.class, responseCode = "200", responseDescription = "The changed session")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Capacity below the confirmed enrolments, or ALLOCATION_LOCKED: "
            + "allocation switched once the session has enrolments")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public SessionResponse change(@PathParam("id") String id, @Valid @NotNull SessionPatch patch) {
        return SessionResponse.of(service.change(id, patch.toChanges()));
    }
}
