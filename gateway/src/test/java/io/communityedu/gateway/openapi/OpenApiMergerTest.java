package io.communityedu.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PROGRAMMES = """
            {"openapi": "3.1.0", "tags": [{"name": "Communities"}],
             "paths": {"/api/v1/communities": {"get": {"responses": {"200": {"content": {"application/json":
                         {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
             "components": {"schemas": {
                 "Page": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Community"}}}},
                 "Community": {"type": "object", "properties": {"name": {"type": "string"}}},
                 "Problem": {"type": "object"}}}}
            """;
    private static final String REPORTING = """
            {"openapi": "3.1.0", "tags": [{"name": "Statistics"}, {"name": "Communities"}],
             "paths": {"/api/v1/statistics/years/{year}": {"get": {"responses": {
                         "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Community"}}}},
                         "404": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
                       "/admin/projections": {"get": {"responses": {"200": {"content": {"application/json":
                         {"schema": {"$ref": "#/components/schemas/ProjectionStatus"}}}}}}}},
             "components": {"schemas": {
                 "Community": {"type": "object", "properties": {"participants": {"type": "integer"}}},
                 "Problem": {"type": "object"},
                 "ProjectionStatus": {"type": "object"}}}}
            """;

    private ObjectNode merged() throws Exception {
        return OpenApiMerger.merge(JSON.createObjectNode().put("title", "All"), List.of(
                new OpenApiMerger.ServiceDocument("programmes", List.of("/api/v1/communities"), (ObjectNode) JSON.readTree(PROGRAMMES)),
                new OpenApiMerger.ServiceDocument("reporting", List.of("/api/v1/statistics"), (ObjectNode) JSON.readTree(REPORTING))));
    }

    @Test
    void keepsEveryOwnedPathAndDropsPathsTheGatewayDoesNotForward() throws Exception {
        ObjectNode doc = merged();
        assertTrue(doc.path("paths").has("/api/v1/communities"));
        assertTrue(doc.path("paths").has("/api/v1/statistics/years/{year}"));
        assertFalse(doc.path("paths").has("/admin/projections"));
        assertFalse(doc.path("components").path("schemas").has("ProjectionStatus"), "used only by a dropped path");
        assertEquals("All", doc.path("info").path("title").asText());
        assertEquals("3.1.0", doc.path("openapi").asText());
    }

    @Test
    void aComponentDefinedAlikeIsSharedAndOneDefinedDifferentlyIsKeptPerServiceWithItsReferencesRewritten() throws Exception {
        ObjectNode doc = merged();
        ObjectNode schemas = (ObjectNode) doc.path("components").path("schemas");
        assertTrue(schemas.has("Problem"));
        assertFalse(schemas.has("reporting.Problem"), "identical definitions are not duplicated");
        assertTrue(schemas.path("Community").path("properties").has("name"), "the first service keeps the plain name");
        assertTrue(schemas.path("reporting.Community").path("properties").has("participants"));
        assertEquals("#/components/schemas/reporting.Community", doc.at(
                "/paths/~1api~1v1~1statistics~1years~1{year}/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/Community", doc.at("/components/schemas/Page/properties/items/items/$ref").asText());
    }

    @Test
    void tagsAreListedOnceInTheOrderFirstSeen() throws Exception {
        assertEquals(List.of("Communities", "Statistics"),
                merged().path("tags").findValuesAsText("name"));
    }
}
