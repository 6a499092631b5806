package io.communityedu.gateway.openapi;

import io.communityedu.gateway.routing.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** SWAGGER_UI_ENABLED=false (quarkus.swagger-ui.enable, a run-time setting): no UI, the merged document stays. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestProfile(SwaggerUiSwitchedOffTest.SwaggerUiOff.class)
class SwaggerUiSwitchedOffTest {

    public static class SwaggerUiOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("SWAGGER_UI_ENABLED", "false"); // as the environment variable would
        }
    }

    @Test
    void swaggerUiIsGoneAndTheOpenApiDocumentStays() {
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/swagger-ui/index.html").then().statusCode(404);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("\"openapi\""));
    }
}
