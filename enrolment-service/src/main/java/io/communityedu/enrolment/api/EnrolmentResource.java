package io.communityedu.enrolment.api;

import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.enrolling.EnrolmentQueues;
import io.communityedu.enrolment.offers.OfferService;
import io.communityedu.enrolment.service.EnrolmentService;
import io.communityedu.enrolment.service.EnrolmentView;
import io.communityedu.enrolment.service.Replayable;
import io.communityedu.support.api.QueryParams;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.Problem;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments")
@Audited
public class EnrolmentResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 100;

    private final EnrolmentService service;
    private final EnrolmentQueues queues;
    private final OfferService offers;

    public EnrolmentResource(EnrolmentService service, EnrolmentQueues queues, OfferService offers) {
        this.service = service;
        this.queues = queues;
        this.offers = offers;
    }

    @POST
    @Operation(summary = "Enrol a resident in a session",
            description = "CONFIRMED while places are free, else WAITLISTED with a 1-based position; into a LOTTERY "
                    + "session not drawn yet, APPLIED (the draw decides after enrolmentClosesAt).")
    @APIResponse(responseCode = "201", description = "Enrolled (or, for a retried Idempotency-Key, the first answer again)",
            headers = {
                    @Header(name = "Location", description = "The new enrolment",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "Idempotent-Replayed",
                            description = "true when this is the first answer (or refusal) again for a retried Idempotency-Key",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such resident or session")
    @APIResponse(responseCode = "409", description = "The resident already holds a place in the session")
    @APIResponse(responseCode = "422", description = "AGE_NOT_ELIGIBLE, GROUP_NOT_ELIGIBLE, ENROLMENT_CLOSED or IDEMPOTENCY_KEY_REUSED")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response enrol(@Valid @NotNull EnrolmentRequest request,
                          @Parameter(description = "Makes retries safe: the same key and body return the first answer")
                          @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                          @Context UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        Replayable<EnrolmentView> result = queues.enrol(request.residentId(), request.sessionId(), idempotencyKey);
        Response.ResponseBuilder response = result.refusal() != null
                ? Response.status(result.refusal().status()).type(Problem.MEDIA_TYPE).entity(result.refusal())
                : Response.created(uri.getAbsolutePathBuilder().path(result.value().id()).build())
                        .entity(EnrolmentResponse.of(result.value()));
        if (result.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an enrolment")
    @APIResponseSchema(value = EnrolmentResponse.class, responseCode = "200", responseDescription = "The enrolment")
    @APIResponse(responseCode = "404", description = "No such enrolment")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public EnrolmentResponse get(@PathParam("id") String id) {
        return EnrolmentResponse.of(service.get(id));
    }

    @GET
    @Operation(summary = "A session's roster, in order of arrival")
    // The page schema (PageResponseEnrolmentResponse) is derived from the return type.
    @APIResponse(responseCode = "200", description = "One page of the session's enrolments")
    @APIResponse(responseCode = "400", description = "sessionId missing, or a bad status or paging parameter")
    @APIResponse(responseCode = "404", description = "No such session")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public PageResponse<EnrolmentResponse> roster(@QueryParam("sessionId") String sessionId,
                                                  @QueryParam("status") String status,
                                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        if (sessionId == null || sessionId.isBlank()) {
            throw ProblemException.invalid("sessionId", "is required");
        }
        return service.roster(sessionId, QueryParams.optionalEnum("status", status, EnrolmentStatus.class),
                QueryParams.page(page, size))
                .map(EnrolmentResponse::of);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel an enrolment", description = "A confirmed or offered place passes to the longest-waiting "
            + "enrolment: OFFERED until offerExpiresAt when the session has offerHours, else CONFIRMED at once.")
    @APIResponseSchema(value = EnrolmentResponse.class, responseCode = "200", responseDescription = "The cancelled enrolment")
    @APIResponse(responseCode = "404", description = "No such enrolment")
    @APIResponse(responseCode = "409", description = "Not holding a place (already cancelled, completed, declined or expired)")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public EnrolmentResponse cancel(@PathParam("id") String id) {
        return EnrolmentResponse.of(service.cancel(id));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept an offered place",
            description = "An OFFERED enrolment becomes CONFIRMED, if accepted by its offerExpiresAt.")
    @APIResponseSchema(value = EnrolmentResponse.class, responseCode = "200", responseDescription = "The confirmed enrolment")
    @APIResponse(responseCode = "404", description = "No such enrolment")
    @APIResponse(responseCode = "409", description = "NOT_OFFERED: the enrolment is not OFFERED")
    @APIResponse(responseCode = "422", description = "OFFER_EXPIRED: the offer lapsed")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public EnrolmentResponse accept(@PathParam("id") String id) {
        return EnrolmentResponse.of(offers.accept(id));
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Decline an offered place",
            description = "An OFFERED enrolment becomes DECLINED; the place is offered to the next in line.")
    @APIResponseSchema(value = EnrolmentResponse.class, responseCode = "200", responseDescription = "The declined enrolment")
    @APIResponse(responseCode = "404", description = "No such enrolment")
    @APIResponse(responseCode = "409", description = "NOT_OFFERED: the enrolment is not OFFERED")
    @APIResponse(responseCode = "422", description = "OFFER_EXPIRED: the offer lapsed")
    @RolesAllowed({Roles.RESIDENT, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public EnrolmentResponse decline(@PathParam("id") String id) {
        return EnrolmentResponse.of(offers.decline(id));
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Complete a confirmed enrolment", description = "Issues a certificate number when the programme has a certificate.")
    @APIResponseSchema(value = EnrolmentResponse.class, responseCode = "200", responseDescription = "The completed enrolment")
    @APIResponse(responseCode = "404", description = "No such enrolment")
    @APIResponse(responseCode = "409", description = "Not CONFIRMED")
    @RolesAllowed({Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public EnrolmentResponse complete(@PathParam("id") String id) {
        return EnrolmentResponse.of(service.complete(id));
    }
}
