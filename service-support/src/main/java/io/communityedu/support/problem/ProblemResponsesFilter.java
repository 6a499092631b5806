package io.communityedu.support.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Documents the error format: every 4xx and 5xx response of every operation gets an
 * {@code application/problem+json} body referring to the {@code Problem} schema (with {@code FieldError}),
 * mirroring {@link Problem} and {@link FieldError} as {@link ProblemMappers} sends them. It also lists each
 * operation's responses by status code.
 * <p>
 * Every service depends on this module, whose classes are indexed (META-INF/beans.xml), so the annotation
 * alone registers the filter; it runs at build time, so the stored document already carries its result.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    private static final String SCHEMA_REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean used = false;
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                Map<String, APIResponse> responses = new TreeMap<>(operation.getResponses().getAPIResponses());
                for (var entry : responses.entrySet()) {
                    if (isError(entry.getKey())) {
                        describeAsProblem(entry.getValue());
                        used = true;
                    }
                }
                // By status code: annotations of different kinds otherwise leave a 200 after the 404.
                operation.getResponses().setAPIResponses(new LinkedHashMap<>(responses));
            }
        }
        if (used) {
            addSchemas(openAPI);
        }
    }

    private static boolean isError(String code) {
        return code != null && code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    /** Errors only ever come as problem+json; an explicit problem+json body (with its own examples) is kept. */
    private static void describeAsProblem(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        Content content = response.getContent();
        if (content != null && content.hasMediaType(Problem.MEDIA_TYPE)
                && content.getMediaType(Problem.MEDIA_TYPE).getSchema() != null) {
            return;
        }
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA_REF + PROBLEM));
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
    }

    private static void addSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FIELD_ERROR)) {
            components.addSchema(FIELD_ERROR, fieldErrorSchema());
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema(PROBLEM, problemSchema());
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .description("RFC 9457 problem details, as every error response carries them.")
                .addType(SchemaType.OBJECT)
                .addProperty("type", string("A URI reference naming the kind of problem; about:blank when only the status says it.",
                        "/problems/not-found").format("uri-reference"))
                .addProperty("title", string("A short summary of the kind of problem.", "Not found"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code.").examples(List.of(404)))
                .addProperty("detail", string("What went wrong with this request.", "Session 7f3c2a does not exist."))
                .addProperty("code", string("On a 422: which business rule refused the request.", "UNKNOWN_COMMUNITY"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("On a 400: each invalid field and what is wrong with it.")
                        .items(OASFactory.createSchema().ref(SCHEMA_REF + FIELD_ERROR)))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .description("One invalid field of a request: its JSON path (or query parameter or header) and what is wrong.")
                .addType(SchemaType.OBJECT)
                .addProperty("field", string("The JSON path of the field, or the query parameter or header.", "capacity"))
                .addProperty("message", string("What is wrong with it.", "must be greater than or equal to 1"))
                .required(List.of("field", "message"));
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description).examples(List.of(example));
    }
}
