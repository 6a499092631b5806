package io.communityedu.programmes.api;

import io.communityedu.programmes.domain.ProgrammeStatus;
import io.communityedu.programmes.domain.Strand;
import io.communityedu.programmes.persistence.ProgrammeFilter;
import io.communityedu.programmes.service.ProgrammeService;
import io.communityedu.programmes.service.SessionService;
import io.communityedu.support.api.QueryParams;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.PermitAll;
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
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes and sessions")
public class ProgrammeResource {

    private final ProgrammeService programmes;
    private final SessionService sessions;

    public ProgrammeResource(ProgrammeService programmes, SessionService sessions) {
        this.programmes = programmes;
        this.sessions = sessions;
    }

    @POST
    @Operation(summary = "Create a programme")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The new programme",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "422", description = "UNKNOWN_COMMUNITY or UNKNOWN_PROVIDER")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response create(@Valid @NotNull ProgrammeRequest request, @Context UriInfo uri) {
        ProgrammeResponse created = ProgrammeResponse.of(programmes.create(request.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "Search programmes", description = "All filters are optional and combine; q searches the title.")
    // The page schema (PageResponseProgrammeResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of the matching programmes")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is invalid")
    @PermitAll
    public PageResponse<ProgrammeResponse> search(
            @Parameter(example = "qinghuai-road") @QueryParam("community") String community,
            @Parameter(example = "2010") @QueryParam("year") String year,
            @Parameter(example = "YOUTH_DEVELOPMENT") @QueryParam("strand") String strand,
            @QueryParam("featured") String featured,
            @QueryParam("status") String status,
            @Parameter(example = "读书") @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ProgrammeFilter filter = new ProgrammeFilter(
                community == null || community.isEmpty() ? null : community,
                QueryParams.optionalInt("year", year, 1900, 2100),
                QueryParams.optionalEnum("strand", strand, Strand.class),
                QueryParams.optionalBoolean("featured", featured),
                QueryParams.optionalEnum("status", status, ProgrammeStatus.class),
                q);
        return programmes.search(filter, QueryParams.page(page, size)).map(ProgrammeResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a programme")
    @APIResponseSchema(value = ProgrammeResponse.class, responseCode = "200", responseDescription = "The programme")
    @APIResponse(responseCode = "404", description = "No such programme")
    @PermitAll
    public ProgrammeResponse get(@PathParam("id") String id) {
        return ProgrammeResponse.of(programmes.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a programme", description = "Set status ARCHIVED to archive it.")
    @APIResponseSchema(value = ProgrammeResponse.class, responseCode = "200", responseDescription = "Replaced")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(responseCode = "409", description = "Community or year changed while the programme has sessions")
    @APIResponse(responseCode = "422", description = "UNKNOWN_COMMUNITY or UNKNOWN_PROVIDER")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public ProgrammeResponse replace(@PathParam("id") String id, @Valid @NotNull ProgrammeRequest request) {
        return ProgrammeResponse.of(programmes.replace(id, request.toCommand()));
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "Schedule a session of the programme")
    @APIResponse(responseCode = "201", description = "Scheduled",
            headers = @Header(name = "Location", description = "The new session, under /api/v1/sessions",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(responseCode = "409", description = "The programme is archived")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response schedule(@PathParam("id") String id, @Valid @NotNull SessionRequest request, @Context UriInfo uri) {
        SessionResponse created = SessionResponse.of(sessions.schedule(id, request.toCommand()));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/sessions").path(created.id()).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "List the programme's sessions, by start date")
    // The page schema (PageResponseSessionResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of the programme's sessions")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid")
    @APIResponse(responseCode = "404", description = "No such programme")
    @PermitAll
    public PageResponse<SessionResponse> sessions(@PathParam("id") String id,
                                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return sessions.ofProgramme(id, QueryParams.page(page, size)).map(SessionResponse::of);
    }
}
