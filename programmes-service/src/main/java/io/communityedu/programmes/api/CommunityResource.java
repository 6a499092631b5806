package io.communityedu.programmes.api;

import io.communityedu.programmes.funding.PlanView;
import io.communityedu.programmes.service.CommunityService;
import io.communityedu.programmes.service.Upserted;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Audited
@Path("/api/v1/communities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Communities and plans")
public class CommunityResource {

    private final CommunityService service;

    public CommunityResource(CommunityService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Register a community")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The new community",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response register(@Valid @NotNull CommunityRequest request, @Context UriInfo uri) {
        CommunityResponse created = CommunityResponse.of(service.register(request.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "List communities, by code")
    // The page schema (PageResponseCommunityResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of communities")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid")
    @PermitAll
    public PageResponse<CommunityResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(QueryParams.page(page, size)).map(CommunityResponse::of);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Get a community")
    @APIResponseSchema(value = CommunityResponse.class, responseCode = "200", responseDescription = "The community")
    @APIResponse(responseCode = "404", description = "No such community")
    @PermitAll
    public CommunityResponse get(@PathParam("code") String code) {
        return CommunityResponse.of(service.get(code));
    }

    @PUT
    @Path("{code}/plans/{year}")
    @Operation(summary = "Create or replace the community's plan for a year")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The new plan",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such community")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response setPlan(@PathParam("code") String code, @PathParam("year") int year,
                            @Valid @NotNull PlanRequest request, @Context UriInfo uri) {
        Upserted<PlanView> plan = service.setPlan(code, year, request.toCommand());
        PlanResponse body = PlanResponse.of(plan.value());
        return plan.created()
                ? Response.created(uri.getAbsolutePath()).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @Path("{code}/plans/{year}")
    @Operation(summary = "Get the community's plan for a year")
    @APIResponseSchema(value = PlanResponse.class, responseCode = "200", responseDescription = "The plan")
    @APIResponse(responseCode = "404", description = "No such community or no plan for that year")
    @PermitAll
    public PlanResponse getPlan(@PathParam("code") String code, @PathParam("year") int year) {
        return PlanResponse.of(service.getPlan(code, year));
    }

    @GET
    @Path("{code}/plans")
    @Operation(summary = "List the community's plans, newest year first")
    // The page schema (PageResponsePlanResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of the community's plans")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid")
    @APIResponse(responseCode = "404", description = "No such community")
    @PermitAll
    public PageResponse<PlanResponse> listPlans(@PathParam("code") String code,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.listPlans(code, QueryParams.page(page, size)).map(PlanResponse::of);
    }
}
