package io.communityedu.enrolment.api;

import io.communityedu.enrolment.service.ErasureService;
import io.communityedu.enrolment.service.PersonalDataService;
import io.communityedu.enrolment.service.SelfService;
import io.communityedu.support.api.QueryParams;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.audit.RequestAudit;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Resident self-service: the signed-in account's own resident record, wards and enrolments. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resident self-service")
// Admins may do everything (API.md): an operator's account can register itself too.
@RolesAllowed({Roles.RESIDENT, Roles.ADMIN})
@Audited
public class MeResource {

    private final SelfService service;
    private final PersonalDataService personalData;
    private final ErasureService erasure;
    private final RequestAudit audit;

    public MeResource(SelfService service, PersonalDataService personalData, ErasureService erasure,
                      RequestAudit audit) {
        this.service = service;
        this.personalData = personalData;
        this.erasure = erasure;
        this.audit = audit;
    }

    @POST
    @Operation(summary = "Register the signed-in account as a resident")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The new resident, under /api/v1/residents",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResidentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "409", description = "ALREADY_REGISTERED")
    @APIResponse(responseCode = "422", description = "UNKNOWN_COMMUNITY")
    public Response register(@Valid @NotNull SelfRegistration request, @Context UriInfo uri) {
        ResidentResponse registered = ResidentResponse.of(service.register(request.toCommand()));
        audit.about("resident", registered.id()); // /api/v1/me names no resident: the one it became
        return created(registered, uri);
    }

    @GET
    @Operation(summary = "The signed-in resident, with their wards")
    @APIResponseSchema(value = MeResponse.class, responseCode = "200", responseDescription = "The caller's record")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public MeResponse me() {
        return MeResponse.of(service.me());
    }

    @PUT
    @Operation(summary = "Change the signed-in resident's name, phone and groups")
    @APIResponseSchema(value = MeResponse.class, responseCode = "200", responseDescription = "The changed record")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public MeResponse update(@Valid @NotNull SelfUpdate update) {
        return MeResponse.of(service.update(update.toCommand()));
    }

    @POST
    @Path("wards")
    @Operation(summary = "Register a minor with the signed-in resident as guardian",
            description = "In the guardian's community; guardianConsent must be true and is kept with its time.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = "The new resident, under /api/v1/residents",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResidentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "The caller is not registered yet")
    @APIResponse(responseCode = "422", description = "NOT_A_MINOR or CONSENT_REQUIRED")
    public Response addWard(@Valid @NotNull WardRequest request, @Context UriInfo uri) {
        return created(ResidentResponse.of(service.addWard(request.toCommand())), uri);
    }

    @GET
    @Path("wards")
    @Operation(summary = "The minors the signed-in resident is guardian of")
    @APIResponse(responseCode = "200", description = "The wards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ResidentResponse.class)))
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public List<ResidentResponse> wards() {
        return service.wards().stream().map(ResidentResponse::of).toList();
    }

    @GET
    @Path("enrolments")
    @Operation(summary = "The signed-in resident's and their wards' enrolments, newest first")
    @APIResponse(responseCode = "200", description = "One page of enrolments")
    @APIResponse(responseCode = "400", description = "A paging parameter is invalid")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public PageResponse<MyEnrolmentResponse> enrolments(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.enrolments(QueryParams.page(page, size)).map(MyEnrolmentResponse::of);
    }

    @DELETE
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Erase the signed-in resident's personal data for good",
            description = "Name, phone, birth date, groups and the account link are removed; waitlisted, applied and "
                    + "offered places are cancelled (the next in line moves up); confirmed and completed enrolments "
                    + "stay, anonymous. Afterwards the resident is unknown (404).")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "Not registered (or erased already)")
    @APIResponse(responseCode = "409", description = "HAS_WARDS: erase the wards' records first")
    public void erase() {
        erasure.eraseSelf();
    }

    @GET
    @Path("data")
    @Operation(summary = "Everything held about the signed-in resident and their wards, as one document",
            description = "Records, consents, enrolments, attendance, certificates, notifications and the audit "
                    + "entries about their records (PIPL's right to a copy).")
    @APIResponseSchema(value = PersonalDataExport.class, responseCode = "200", responseDescription = "The export")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public PersonalDataExport export() {
        return PersonalDataExport.of(personalData.export());
    }

    /** A resident made through self-service lives under /api/v1/residents like any other. */
    private static Response created(ResidentResponse resident, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/residents").path(resident.id()).build())
                .entity(resident).build();
    }
}
