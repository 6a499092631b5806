package io.communityedu.programmes.api;

import io.communityedu.programmes.funding.FundingService;
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

/** A plan-year's budget split by category; the funding ledger keeps to it. Here, not in funding/, as it answers with the plan. */
@Audited
@Path("/api/v1/communities/{code}/plans/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
public class PlanBudgetResource {

    private final FundingService service;

    public PlanBudgetResource(FundingService service) {
        this.service = service;
    }

    @PUT
    @Path("budget-lines")
    @Operation(summary = "Split the plan's budget by category", description = "The lines add up to the budget; [] removes the split.")
    @APIResponseSchema(value = PlanResponse.class, responseCode = "200", responseDescription = "The plan with its new split")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a category given twice")
    @APIResponse(responseCode = "404", description = "No such community or no plan for that year")
    @APIResponse(responseCode = "422", description = "BUDGET_LINES_MISMATCH: the lines do not add up to the budget")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public PlanResponse setBudgetLines(@PathParam("code") String code, @PathParam("year") int year,
                                       @Valid @NotNull BudgetLinesRequest request) {
        return PlanResponse.of(service.setBudgetLines(code, year, request.toAmounts()));
    }
}
