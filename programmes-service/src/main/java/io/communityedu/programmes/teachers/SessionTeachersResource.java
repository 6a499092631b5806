package io.communityedu.programmes.teachers;

import io.communityedu.programmes.api.SessionResponse;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Audited
@Path("/api/v1/sessions/{id}/teachers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes and sessions")
public class SessionTeachersResource {

    private final TeacherService service;

    public SessionTeachersResource(TeacherService service) {
        this.service = service;
    }

    @PUT
    @Operation(summary = "Set the session's teachers",
            description = "The whole list, in order; an empty list clears it. Teachers of the session's community only.")
    @APIResponseSchema(value = SessionResponse.class, responseCode = "200", responseDescription = "The session with its teachers")
    @APIResponse(responseCode = "400", description = "Invalid fields, a teacher given twice, more than 50")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "422", description = "UNKNOWN_TEACHER or TEACHER_OF_ANOTHER_COMMUNITY, naming each teacherIds[i]")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public SessionResponse assign(@PathParam("id") String id, @Valid @NotNull SessionTeachersRequest request) {
        return SessionResponse.of(service.assign(id, request.teacherIds()));
    }
}
