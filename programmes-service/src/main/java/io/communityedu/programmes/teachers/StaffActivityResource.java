package io.communityedu.programmes.teachers;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Audited
@Path("/api/v1/communities/{code}/staff-activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teachers and staff activities")
public class StaffActivityResource {

    private final TeacherService service;

    public StaffActivityResource(TeacherService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Record a staff activity of the community's teacher team")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The new staff activity",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffActivityResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, an attendee given twice")
    @APIResponse(responseCode = "404", description = "No such community")
    @APIResponse(responseCode = "422",
            description = "NO_PLAN_FOR_YEAR (field date), UNKNOWN_TEACHER or TEACHER_OF_ANOTHER_COMMUNITY (each attendeeTeacherIds[i])")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response record(@PathParam("code") String code, @Valid @NotNull StaffActivityRequest request,
                           @Context UriInfo uri) {
        StaffActivityResponse created = StaffActivityResponse.of(service.record(code, request.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "List the community's staff activities, by date")
    // The page schema (PageResponseStaffActivityResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of the community's staff activities")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is invalid")
    @APIResponse(responseCode = "404", description = "No such community")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public PageResponse<StaffActivityResponse> list(@PathParam("code") String code,
                                                    @Parameter(example = "2010") @QueryParam("year") String year,
                                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.activities(code, QueryParams.optionalInt("year", year, 1900, 2100),
                QueryParams.page(page, size)).map(StaffActivityResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a staff activity of the community")
    @APIResponseSchema(value = StaffActivityResponse.class, responseCode = "200", responseDescription = "The staff activity")
    @APIResponse(responseCode = "404", description = "No such community or staff activity")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public StaffActivityResponse get(@PathParam("code") String code, @PathParam("id") String id) {
        return StaffActivityResponse.of(service.activity(code, id));
    }
}
