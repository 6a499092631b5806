package io.communityedu.reporting;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
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
    void openApiDescribesTheStatisticsWithExamples() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/statistics/communities/{code}/years/{year}'.get.responses.'200'", notNullValue(),
                        "paths.'/api/v1/statistics/years/{year}'.get.responses.'200'.content.'text/csv'", notNullValue(),
                        "paths.'/admin/projections/rebuild'.post", notNullValue(),
                        "components.schemas.CommunityStatistics.properties.participationRate.examples[0]", equalTo(0.5083f));
    }

    @Test
    void openApiDocumentsEverySuccessBodyAndTheProblemFormat() {
        ValidatableResponse openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        assertEquals(List.of(), OpenApiContract.violations(openApi.extract().jsonPath().getMap("$")));

        String year = "paths.'/api/v1/statistics/years/{year}'.get.";
        String community = "paths.'/api/v1/statistics/communities/{code}/years/{year}'.get.";
        openApi.body(year + "responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/YearStatistics"),
                        year + "responses.'200'.content.'text/csv'.schema.type", equalTo("string"),
                        year + "responses.'200'.headers.ETag", notNullValue(),
                        year + "responses.'304'.headers.ETag", notNullValue(),
                        year + "parameters.name", hasItems("year", "If-None-Match"),
                        community + "responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/CommunityStatistics"),
                        community + "responses.'200'.headers.ETag", notNullValue(),
                        community + "responses.'304'.headers.ETag", notNullValue(),
                        community + "responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"),
                        "paths.'/admin/projections/rebuild'.post.responses.'202'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ProjectionStatus"));
    }

    @Test
    void unknownPathsAndMethodsAnswerProblemJson() {
        given().get("/api/v1/statistics").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/statistics/years/2010").then().statusCode(405).contentType("application/problem+json");
    }
}
