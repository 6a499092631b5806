package io.communityedu.programmes.api;

import io.communityedu.programmes.service.ProviderService;
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
@Path("/api/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
public class ProviderResource {

    private final ProviderService service;

    public ProviderResource(ProviderService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Register a provider")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The new provider",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProviderResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response register(@Valid @NotNull ProviderRequest request, @Context UriInfo uri) {
        ProviderResponse created = ProviderResponse.of(service.register(request.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "List providers, by name")
    // The page schema (PageResponseProviderResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of providers")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid")
    @PermitAll
    public PageResponse<ProviderResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(QueryParams.page(page, size)).map(ProviderResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a provider")
    @APIResponseSchema(value = ProviderResponse.class, responseCode = "200", responseDescription = "The provider")
    @APIResponse(responseCode = "404", description = "No such provider")
    @PermitAll
    public ProviderResponse get(@PathParam("id") String id) {
        return ProviderResponse.of(service.get(id));
    }
}
