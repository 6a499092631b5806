package io.communityedu.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ISSUER = "http://keycloak.example:8180/realms/community-edu";

    private static final String PROGRAMMES = """
            {"openapi": "3.1.0", "tags": [{"name": "Communities"}],
             "paths": {"/api/v1/communities": {
                 "get": {"responses": {"200": {"content": {"application/json":
                         {"schema": {"$ref": "#/components/schemas/Page"}}}}}},
                 "post": {"description": "Creates a community.",
                          "security": [{"SecurityScheme": ["district-officer", "admin"]}],
                          "responses": {"201": {"description": "Created"}, "401": {"description": "Not Authorized"},
                                        "403": {"description": "Not Allowed"}}}}},
             "components": {
               "securitySchemes": {"SecurityScheme": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
               "schemas": {
                 "Page": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Community"}}}},
                 "Community": {"type": "object", "properties": {"name": {"type": "string"}}},
                 "Problem": {"type": "object"}}}}
            """;
    private static final String REPORTING = """
            {"openapi": "3.1.0", "tags": [{"name": "Statistics"}, {"name": "Communities"}],
             "paths": {"/api/v1/statistics/years/{year}": {"get": {"security": [{"SecurityScheme": []}], "responses": {
                         "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Community"}}}},
                         "404": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
                       "/admin/projections": {"get": {"responses": {"200": {"content": {"application/json":
                         {"schema": {"$ref": "#/components/schemas/ProjectionStatus"}}}}}}}},
             "components": {
               "securitySchemes": {"SecurityScheme": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                                                      "description": "defined differently from programmes-service's"},
                                   "jwt": {"type": "http", "scheme": "bearer"}},
               "schemas": {
                 "Community": {"type": "object", "properties": {"participants": {"type": "integer"}}},
                 "Problem": {"type": "object"},
                 "ProjectionStatus": {"type": "object"}}}}
            """;

    private ObjectNode merged() throws Exception {
        return OpenApiMerger.merge(JSON.createObjectNode().put("title", "All"), ISSUER, List.of(
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

    @Test
    void theServicesSchemesGiveWayToOneKeycloakScheme() throws Exception {
        JsonNode schemes = merged().path("components").path("securitySchemes");
        assertEquals(List.of("keycloak"), fieldNames(schemes), "no service scheme, renamed or not, is kept");
        JsonNode keycloak = schemes.path("keycloak");
        assertEquals("oauth2", keycloak.path("type").asText());
        assertEquals(ISSUER + "/protocol/openid-connect/auth", keycloak.at("/flows/authorizationCode/authorizationUrl").asText());
        assertEquals(ISSUER + "/protocol/openid-connect/token", keycloak.at("/flows/authorizationCode/tokenUrl").asText());
        assertTrue(keycloak.at("/flows/authorizationCode/scopes").isObject());
        assertEquals(ISSUER + "/protocol/openid-connect/token", keycloak.at("/flows/clientCredentials/tokenUrl").asText());
        assertTrue(keycloak.at("/flows/clientCredentials/scopes").isObject());
        assertEquals(keycloak, OpenApiMerger.merge(JSON.createObjectNode(), ISSUER + "/", List.of())
                .at("/components/securitySchemes/keycloak"), "a trailing slash on the issuer changes nothing");
    }

    @Test
    void aProtectedOperationRequiresKeycloakAndNamesItsRoles() throws Exception {
        JsonNode post = merged().at("/paths/~1api~1v1~1communities/post");
        assertEquals(JSON.readTree("[{\"keycloak\": []}]"), post.path("security"));
        assertEquals(JSON.readTree("[\"district-officer\", \"admin\"]"), post.path("x-roles"));
        assertEquals("Creates a community.\n\nRoles: district-officer, admin.", post.path("description").asText());
        assertTrue(post.path("responses").has("401") && post.path("responses").has("403"), "the services' 401/403 stay");

        JsonNode anyone = merged().at("/paths/~1api~1v1~1statistics~1years~1{year}/get");
        assertEquals(JSON.readTree("[{\"keycloak\": []}]"), anyone.path("security"));
        assertEquals(JSON.readTree("[]"), anyone.path("x-roles"), "an empty list: any signed-in caller");
        assertEquals("Roles: any signed-in caller.", anyone.path("description").asText());
    }

    @Test
    void publicOperationsStayPublic() throws Exception {
        JsonNode get = merged().at("/paths/~1api~1v1~1communities/get");
        assertEquals(JSON.readTree(PROGRAMMES).at("/paths/~1api~1v1~1communities/get"), get);
        assertFalse(get.has("security"));
        assertFalse(get.has("x-roles"));
    }

    @Test
    void mergingAgainChangesNothing() throws Exception {
        ObjectNode once = merged();
        assertEquals(once, merged(), "the services' documents are not changed by merging");
        ObjectNode twice = OpenApiMerger.merge(JSON.createObjectNode().put("title", "All"), ISSUER,
                List.of(new OpenApiMerger.ServiceDocument("all", List.of("/api"), once)));
        assertEquals(once.path("paths"), twice.path("paths"), "descriptions carry their roles once, x-roles unchanged");
        assertEquals(once.path("components"), twice.path("components"));
    }

    @Test
    void securityDeclaredForAWholeServiceAppliesToEachOperationWithoutItsOwn() throws Exception {
        ObjectNode service = (ObjectNode) JSON.readTree("""
                {"openapi": "3.0.3", "security": [{"bearer": ["admin"]}],
                 "paths": {"/api/v1/audit": {"get": {"responses": {"200": {"description": "OK"}}}},
                           "/api/v1/audit/public": {"get": {"security": [], "responses": {"200": {"description": "OK"}}}}},
                 "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}}
                """);
        ObjectNode doc = OpenApiMerger.merge(JSON.createObjectNode(), ISSUER,
                List.of(new OpenApiMerger.ServiceDocument("reporting", List.of("/api/v1/audit"), service)));
        assertFalse(doc.has("security"));
        assertEquals(JSON.readTree("[{\"keycloak\": []}]"), doc.at("/paths/~1api~1v1~1audit/get/security"));
        assertEquals(JSON.readTree("[\"admin\"]"), doc.at("/paths/~1api~1v1~1audit/get/x-roles"));
        assertEquals(JSON.readTree("[]"), doc.at("/paths/~1api~1v1~1audit~1public/get/security"), "explicitly public");
        assertTrue(doc.at("/paths/~1api~1v1~1audit~1public/get/x-roles").isMissingNode());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
