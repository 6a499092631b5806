package io.communityedu.programmes;

import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.OpenApiContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
@ExtendWith(ActingAsAdmin.class)
class OperationsTest {

    @Test
    void readinessReportsTheDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"),
                        "checks.name", hasItems("Database connections health check", "Kafka broker"));
    }

    @Test
    void openApiDescribesEveryEndpointWithExamples() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths", notNullValue(),
                        "paths.'/api/v1/communities'.post.summary", equalTo("Register a community"),
                        "paths.'/api/v1/communities/{code}/plans/{year}'.put.responses.'201'", notNullValue(),
                        "paths.'/api/v1/programmes'.get.parameters.name", hasItems("community", "year", "strand", "featured", "q", "page", "size"),
                        "paths.'/api/v1/programmes/{id}/sessions'.post", notNullValue(),
                        "paths.'/api/v1/sessions/{id}'.patch", notNullValue(),
                        "paths.'/api/v1/providers/{id}'.get", notNullValue(),
                        "components.schemas.CommunityRequest.properties.name.examples[0]", equalTo("清淮路社区"));
    }

    @Test
    void openApiNamesTheRolesOfEveryProtectedOperation() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/communities'.post.security[0].values().flatten()",
                        containsInAnyOrder("district-officer", "admin"),
                        "paths.'/api/v1/communities/{code}/plans/{year}'.put.security[0].values().flatten()",
                        containsInAnyOrder("community-staff", "district-officer", "admin"),
                        "paths.'/api/v1/communities'.get.security", nullValue(),
                        "paths.'/api/v1/communities'.post.responses.'401'", notNullValue(),
                        "paths.'/api/v1/communities'.post.responses.'403'", notNullValue());
    }

    @Test
    void openApiDocumentsEverySuccessBodyAndTheProblemFormat() {
        ValidatableResponse openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        assertEquals(List.of(), OpenApiContract.violations(openApi.extract().jsonPath().getMap("$")));

        openApi.body("paths.'/api/v1/communities/{code}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/CommunityResponse"),
                        "paths.'/api/v1/communities'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PageResponseCommunityResponse"),
                        "paths.'/api/v1/communities'.post.responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/CommunityResponse"),
                        "paths.'/api/v1/communities/{code}/plans/{year}'.put.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PlanResponse"),
                        "paths.'/api/v1/programmes/{id}/sessions'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PageResponseSessionResponse"),
                        "paths.'/api/v1/programmes/{id}/sessions'.post.responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/SessionResponse"),
                        "paths.'/api/v1/communities/{code}'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void openApiDescribesHowASessionsPlacesAreGiven() {
        ValidatableResponse openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        openApi.body("components.schemas.Allocation.enum", containsInAnyOrder("FIRST_COME", "LOTTERY"),
                "components.schemas.SessionRequest.properties.offerHours.minimum", equalTo(1),
                "components.schemas.SessionRequest.properties.offerHours.maximum", equalTo(168),
                "components.schemas.SessionPatch.properties.offerHours.minimum", equalTo(1),
                "components.schemas.SessionPatch.properties.offerHours.maximum", equalTo(168),
                "components.schemas.SessionResponse.properties.offerHours.description", notNullValue(),
                "components.schemas.SessionResponse.properties.allocation", notNullValue());
    }

    @Test
    void unknownPathsAndMethodsAnswerProblemJson() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/communities").then().statusCode(405).contentType("application/problem+json");
        given().contentType("text/plain").body("hello").post("/api/v1/communities")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
