package io.communityedu.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.reporting.service.StatisticsService;
import io.communityedu.support.audit.Audited;
import io.communityedu.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

@Audited
@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "What the district pulls: each community's year against its plan")
public class StatisticsResource {

    static final String TEXT_CSV = "text/csv";
    private static final MediaType CSV_UTF8 = MediaType.valueOf(TEXT_CSV + "; charset=UTF-8");
    private static final String ETAG_DESCRIPTION = "A strong tag of the body; send it back in If-None-Match";

    private final StatisticsService service;
    private final ObjectMapper mapper;

    public StatisticsResource(StatisticsService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Path("communities/{code}/years/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A community's year against its plan",
            description = "Participation against the target, featured programmes, enrolments by status, all four strands,"
                    + " learner hours, budget growth, the teacher team and staff activities, the budget against the"
                    + " ledger and what residents saved. Carries an ETag; If-None-Match answers 304.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
            description = "The ETag of an earlier answer: 304 if the statistics have not changed since")
    @APIResponse(responseCode = "200", description = "The community's year",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityStatistics.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such community or no plan for that year")
    @RolesAllowed({Roles.STATISTICS_READER, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response community(@PathParam("code") String code, @PathParam("year") int year, @Context Request request)
            throws JsonProcessingException {
        CommunityStatistics statistics = CommunityStatistics.of(service.community(code, year));
        return tagged(request, mapper.writeValueAsBytes(statistics), MediaType.APPLICATION_JSON_TYPE);
    }

    @GET
    @Path("years/{year}")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(summary = "Every community's year, as JSON or (Accept: text/csv) CSV with a header row",
            description = "One row per community with a plan that year. Carries an ETag; If-None-Match answers 304.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
            description = "The ETag of an earlier answer in the same format: 304 if the statistics have not changed since")
    @APIResponse(responseCode = "200", description = "Every community's year, as JSON or CSV",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearStatistics.class)),
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            example = YearStatisticsCsv.EXAMPLE)})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @RolesAllowed({Roles.STATISTICS_READER, Roles.COMMUNITY_STAFF, Roles.DISTRICT_OFFICER, Roles.ADMIN})
    public Response year(@PathParam("year") int year, @Context Request request, @Context HttpHeaders headers)
            throws JsonProcessingException {
        YearStatistics statistics = YearStatistics.of(service.year(year));
        if (wantsCsv(headers)) {
            return tagged(request, YearStatisticsCsv.write(statistics).getBytes(StandardCharsets.UTF_8), CSV_UTF8);
        }
        return tagged(request, mapper.writeValueAsBytes(statistics), MediaType.APPLICATION_JSON_TYPE);
    }

    /** The first acceptable type decides; JSON unless that is CSV (or text/*). */
    private static boolean wantsCsv(HttpHeaders headers) {
        MediaType csv = MediaType.valueOf(TEXT_CSV);
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(csv) || type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .findFirst()
                .map(type -> type.isCompatible(csv) && !type.isWildcardType())
                .orElse(false);
    }

    /** A strong ETag from the bytes themselves: equal answers, equal tags, in every instance. */
    private static Response tagged(Request request, byte[] body, MediaType type) {
        EntityTag tag = new EntityTag(digest(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(body, type);
        return response.tag(tag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
