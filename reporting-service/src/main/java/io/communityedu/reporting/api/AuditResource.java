package io.communityedu.reporting.api;

import io.communityedu.reporting.persistence.AuditFilter;
import io.communityedu.reporting.service.AuditService;
import io.communityedu.support.api.QueryParams;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.FieldError;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Who did or read what, in every service. No operation changes or deletes an entry. */
@Audited
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Every state-changing request and every read of a full resident record")
public class AuditResource {

    // As wide as the columns: a longer value cannot match anything stored.
    private static final int MAX_ACTOR = 255;
    private static final int MAX_RESOURCE_TYPE = 40;
    private static final int MAX_RESOURCE_ID = 200;
    // What a DATETIME holds; Instant.parse also reads years such as +100000.
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private final AuditService service;

    public AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Search the audit trail, newest first",
            description = "All filters are optional and combine. from is inclusive, to exclusive; both ISO-8601 instants.")
    // The page schema (PageResponseAuditEntryResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of the matching entries")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is invalid, or from is after to")
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public PageResponse<AuditEntryResponse> search(
            @Parameter(description = "The caller's sub") @QueryParam("actor") String actor,
            @Parameter(example = "resident") @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId,
            @Parameter(example = "2026-01-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(example = "2027-01-01T00:00:00Z") @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.search(filter(actor, resourceType, resourceId, from, to), QueryParams.page(page, size))
                .map(AuditEntryResponse::of);
    }

    /** Every invalid parameter named at once; an empty one means no filter. */
    private static AuditFilter filter(String actor, String resourceType, String resourceId, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        String a = text("actor", actor, MAX_ACTOR, errors);
        String type = text("resourceType", resourceType, MAX_RESOURCE_TYPE, errors);
        String id = text("resourceId", resourceId, MAX_RESOURCE_ID, errors);
        Instant start = instant("from", from, errors);
        Instant end = instant("to", to, errors);
        if (start != null && end != null && start.isAfter(end)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new AuditFilter(a, type, id, start, end);
    }

    private static String text(String name, String raw, int max, List<FieldError> errors) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() > max) {
            errors.add(new FieldError(name, "must be at most " + max + " characters"));
            return null;
        }
        return raw;
    }

    private static Instant instant(String name, String raw, List<FieldError> errors) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(raw);
            if (!instant.isBefore(EARLIEST) && !instant.isAfter(LATEST)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        errors.add(new FieldError(name, "must be an ISO-8601 instant between the years 1 and 9999, e.g. 2026-01-01T00:00:00Z"));
        return null;
    }
}
