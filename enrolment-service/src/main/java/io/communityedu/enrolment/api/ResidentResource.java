package io.communityedu.enrolment.api;

import io.communityedu.enrolment.service.EnrolmentService;
import io.communityedu.enrolment.service.ErasureService;
import io.communityedu.enrolment.service.ResidentService;
import io.communityedu.support.api.QueryParams;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.paging.PageResponse;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Residents")
@Audited
public class ResidentResource {

    private final ResidentService residents;
    private final EnrolmentService enrolments;
    private final ErasureService erasure;

    public ResidentResource(ResidentService residents, EnrolmentService enrolments, ErasureService erasure) {
        this.residents = residents;
        this.enrolments = enrolments;
        this.erasure = erasure;
    }

    @POST
    @Operation(summary = "Register a resident")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The new resident",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResidentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "422", description = "UNKNOWN_COMMUNITY or UNKNOWN_GUARDIAN")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response register(@Valid @NotNull ResidentRequest request, @Context UriInfo uri) {
        ResidentResponse created = ResidentResponse.of(residents.register(request.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "List residents, by name; phones are masked, no birth dates or guardians")
    // The page schema (PageResponseResidentListItem) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of residents")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public PageResponse<ResidentListItem> list(@QueryParam("community") String community,
                                               @QueryParam("page") String page, @QueryParam("size") String size) {
        return residents.list(community == null || community.isEmpty() ? null : community,
                QueryParams.page(page, size))
                .map(ResidentListItem::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a resident")
    @APIResponseSchema(value = ResidentResponse.class, responseCode = "200", responseDescription = "The resident")
    @APIResponse(responseCode = "404", description = "No such resident")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public ResidentResponse get(@PathParam("id") String id) {
        return ResidentResponse.of(residents.get(id));
    }

    @GET
    @Path("{id}/enrolments")
    @Operation(summary = "The resident's enrolments, newest first")
    // The page schema (PageResponseEnrolmentResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of the resident's enrolments")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid")
    @APIResponse(responseCode = "404", description = "No such resident")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public PageResponse<EnrolmentResponse> enrolments(@PathParam("id") String id,
                                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return enrolments.ofResident(id, QueryParams.page(page, size)).map(EnrolmentResponse::of);
    }

    @POST
    @Path("{id}/erasure")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Erase a resident's personal data for good",
            description = "For staff of the resident's community, officers, admins and the resident's guardian. "
                    + "As DELETE /api/v1/me: waitlisted, applied and offered places are cancelled, confirmed and "
                    + "completed enrolments stay, anonymous; afterwards the resident is unknown (404).")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "403", description = "FORBIDDEN, OUTSIDE_YOUR_COMMUNITY or NOT_YOUR_RESIDENT")
    @APIResponse(responseCode = "404", description = "No such resident (or erased already)")
    @APIResponse(responseCode = "409", description = "HAS_WARDS: erase the wards' records first")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public void erase(@PathParam("id") String id) {
        erasure.erase(id);
    }
}
