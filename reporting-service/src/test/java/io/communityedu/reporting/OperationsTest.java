package io.communityedu.reporting;

import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
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
    void unknownPathsAndMethodsAnswerProblemJson() {
        given().get("/api/v1/statistics").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/statistics/years/2010").then().statusCode(405).contentType("application/problem+json");
    }
}
