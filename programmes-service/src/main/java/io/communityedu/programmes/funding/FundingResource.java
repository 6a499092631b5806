package io.communityedu.programmes.funding;

import io.communityedu.support.api.QueryParams;
import io.communityedu.support.audit.Audited;
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

/** A plan-year's ledger (专项经费), append-only: no PUT, PATCH or DELETE of entries. Budget lines: PlanBudgetResource. */
@Audited
@Path("/api/v1/communities/{code}/plans/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
public class FundingResource {

    private final FundingService service;

    public FundingResource(FundingService service) {
        this.service = service;
    }

    @POST
    @Path("expenditures")
    @Operation(summary = "Book an expenditure", description = "The ledger's total may not exceed the plan's budget.")
    @APIResponse(responseCode = "201", description = "Booked",
            headers = @Header(name = "Location", description = "The new ledger entry",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExpenditureResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a date outside the plan's year")
    @APIResponse(responseCode = "404", description = "No such community or no plan for that year")
    @APIResponse(responseCode = "422", description = "OVER_BUDGET, or UNKNOWN_PROGRAMME (not one of this community and year)")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response book(@PathParam("code") String code, @PathParam("year") int year,
                         @Valid @NotNull ExpenditureRequest request, @Context UriInfo uri) {
        ExpenditureResponse booked = ExpenditureResponse.of(service.book(code, year, request.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(booked.id()).build()).entity(booked).build();
    }

    @POST
    @Path("expenditures/{id}/reversal")
    @Operation(summary = "Reverse an expenditure",
            description = "Books a new entry with the negative amount; an expenditure is reversed at most once.")
    @APIResponse(responseCode = "201", description = "The reversal, booked",
            headers = @Header(name = "Location", description = "The reversal's ledger entry",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExpenditureResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a date outside the plan's year")
    @APIResponse(responseCode = "404", description = "No such community, plan or expenditure")
    @APIResponse(responseCode = "409", description = "ALREADY_REVERSED")
    @APIResponse(responseCode = "422", description = "NOT_REVERSIBLE: the entry is itself a reversal")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response reverse(@PathParam("code") String code, @PathParam("year") int year, @PathParam("id") String id,
                            @Valid @NotNull ReversalRequest request, @Context UriInfo uri) {
        ExpenditureResponse reversal = ExpenditureResponse.of(service.reverse(code, year, id, request.toCommand()));
        return Response.created(uri.getBaseUriBuilder()
                        .path(FundingResource.class).path("expenditures").path(reversal.id()).build(code, year))
                .entity(reversal).build();
    }

    @GET
    @Path("expenditures")
    @Operation(summary = "List the plan-year's ledger, by date", description = "With the totals of the whole ledger by category.")
    @APIResponseSchema(value = ExpenditurePage.class, responseCode = "200", responseDescription = "One page of the ledger and its totals")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid")
    @APIResponse(responseCode = "404", description = "No such community or no plan for that year")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public ExpenditurePage list(@PathParam("code") String code, @PathParam("year") int year,
                                @QueryParam("page") String page, @QueryParam("size") String size) {
        return ExpenditurePage.of(service.list(code, year, QueryParams.page(page, size)));
    }

    @GET
    @Path("expenditures/{id}")
    @Operation(summary = "Get a ledger entry")
    @APIResponseSchema(value = ExpenditureResponse.class, responseCode = "200", responseDescription = "The entry")
    @APIResponse(responseCode = "404", description = "No such community, plan or entry")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public ExpenditureResponse get(@PathParam("code") String code, @PathParam("year") int year,
                                   @PathParam("id") String id) {
        return ExpenditureResponse.of(service.get(code, year, id));
    }
}
