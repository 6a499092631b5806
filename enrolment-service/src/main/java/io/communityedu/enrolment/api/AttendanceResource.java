package io.communityedu.enrolment.api;

import io.communityedu.enrolment.service.AttendanceService;
import io.communityedu.enrolment.service.AttendanceView;
import io.communityedu.enrolment.service.Upserted;
import io.communityedu.support.api.QueryParams;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.audit.RequestAudit;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance")
@Audited
public class AttendanceResource {

    private final AttendanceService service;
    private final RequestAudit audit;

    public AttendanceResource(AttendanceService service, RequestAudit audit) {
        this.service = service;
        this.audit = audit;
    }

    @POST
    @Operation(summary = "Record who came to a session on a date", description = "Replaces an earlier record of that date.")
    @APIResponse(responseCode = "200", description = "The date's record replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttendanceResponse.class)))
    @APIResponse(responseCode = "201", description = "The date's record created",
            headers = @Header(name = "Location", description = "The session's attendance (GET /api/v1/attendance?sessionId=...)",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttendanceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "422", description = "NOT_CONFIRMED_IN_SESSION or DATE_OUTSIDE_SESSION")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response record(@Valid @NotNull AttendanceRequest request, @Context UriInfo uri) {
        audit.about("session", request.sessionId()); // a session's attendance, named in the body
        Upserted<AttendanceView> recorded = service.record(request.toCommand());
        AttendanceResponse body = AttendanceResponse.of(recorded.value());
        if (!recorded.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().queryParam("sessionId", request.sessionId())
                .build()).entity(body).build();
    }

    @GET
    @Operation(summary = "A session's attendance, one item per date")
    // The page schema (PageResponseAttendanceResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of the session's attendance records")
    @APIResponse(responseCode = "400", description = "sessionId missing")
    @APIResponse(responseCode = "404", description = "No such session")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public PageResponse<AttendanceResponse> list(@QueryParam("sessionId") String sessionId,
                                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        if (sessionId == null || sessionId.isBlank()) {
            throw ProblemException.invalid("sessionId", "is required");
        }
        return service.ofSession(sessionId, QueryParams.page(page, size)).map(AttendanceResponse::of);
    }
}
