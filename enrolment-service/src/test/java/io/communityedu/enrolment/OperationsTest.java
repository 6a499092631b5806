package io.communityedu.enrolment;

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
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
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
    void openApiDocumentsEverySuccessBodyAndTheProblemFormat() {
        ValidatableResponse openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        assertEquals(List.of(), OpenApiContract.violations(openApi.extract().jsonPath().getMap("$")));

        openApi.body("paths.'/api/v1/enrolments'.post.responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/EnrolmentResponse"),
                        "paths.'/api/v1/enrolments'.post.responses.'201'.headers.keySet()",
                        hasItems("Location", "Idempotent-Replayed"),
                        "paths.'/api/v1/enrolments'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PageResponseEnrolmentResponse"),
                        "paths.'/api/v1/enrolments/{id}/cancel'.post.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/EnrolmentResponse"),
                        "paths.'/api/v1/attendance'.post.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/AttendanceResponse"),
                        "paths.'/api/v1/attendance'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PageResponseAttendanceResponse"),
                        "paths.'/api/v1/enrolments'.post.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void unknownPathsAndMethodsAnswerProblemJson() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/residents").then().statusCode(405).contentType("application/problem+json");
        given().contentType("text/plain").body("hello").post("/api/v1/residents")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
