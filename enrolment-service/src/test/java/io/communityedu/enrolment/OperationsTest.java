package io.communityedu.enrolment;

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
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
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
                .body("paths.'/api/v1/residents'.post.summary", equalTo("Register a resident"),
                        "paths.'/api/v1/residents'.get", notNullValue(),
                        "paths.'/api/v1/residents/{id}'.get", notNullValue(),
                        "paths.'/api/v1/residents/{id}/enrolments'.get", notNullValue(),
                        "paths.'/api/v1/enrolments'.post.parameters.name", hasItems("Idempotency-Key"),
                        "paths.'/api/v1/enrolments'.get.parameters.name", hasItems("sessionId", "status"),
                        "paths.'/api/v1/enrolments/{id}/cancel'.post", notNullValue(),
                        "paths.'/api/v1/enrolments/{id}/complete'.post", notNullValue(),
                        "paths.'/api/v1/attendance'.post", notNullValue(),
                        "paths.'/api/v1/attendance'.get", notNullValue(),
                        "components.schemas.ResidentRequest.properties.name.examples[0]", equalTo("王小明"));
    }

    @Test
    void unknownPathsAndMethodsAnswerProblemJson() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/residents").then().statusCode(405).contentType("application/problem+json");
        given().contentType("text/plain").body("hello").post("/api/v1/residents")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
