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
import jakarta.ws.rs.PUT;
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
@Path("/api/v1/teachers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teachers and staff activities")
public class TeacherResource {

    private final TeacherService service;

    public TeacherResource(TeacherService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Register a teacher in a community's teacher team")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The new teacher",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeacherResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (providerId is required for PROVIDER_STAFF)")
    @APIResponse(responseCode = "422", description = "UNKNOWN_COMMUNITY or UNKNOWN_PROVIDER")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response register(@Valid @NotNull TeacherRequest request, @Context UriInfo uri) {
        TeacherResponse created = TeacherResponse.of(service.register(request.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "Search teachers, by name",
            description = "All filters are optional and combine; q searches the name. Phones only of your own community's teachers.")
    // The page schema (PageResponseTeacherResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of the matching teachers")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is invalid")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public PageResponse<TeacherResponse> search(
            @Parameter(example = "qinghuai-road") @QueryParam("community") String community,
            @Parameter(example = "STAFF") @QueryParam("kind") String kind,
            @Parameter(example = "张") @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.search(community == null || community.isEmpty() ? null : community,
                QueryParams.optionalEnum("kind", kind, TeacherKind.class), q, QueryParams.page(page, size))
                .map(TeacherResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a teacher", description = "The phone only for staff of the teacher's community, officers and admins.")
    @APIResponseSchema(value = TeacherResponse.class, responseCode = "200", responseDescription = "The teacher")
    @APIResponse(responseCode = "404", description = "No such teacher")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public TeacherResponse get(@PathParam("id") String id) {
        return TeacherResponse.of(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a teacher's record",
            description = "Staff may move a teacher only between communities they are staff of.")
    @APIResponseSchema(value = TeacherResponse.class, responseCode = "200", responseDescription = "Replaced")
    @APIResponse(responseCode = "400", description = "Invalid fields (providerId is required for PROVIDER_STAFF)")
    @APIResponse(responseCode = "404", description = "No such teacher")
    @APIResponse(responseCode = "422", description = "UNKNOWN_COMMUNITY or UNKNOWN_PROVIDER")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public TeacherResponse replace(@PathParam("id") String id, @Valid @NotNull TeacherRequest request) {
        return TeacherResponse.of(service.replace(id, request.toCommand()));
    }
}
