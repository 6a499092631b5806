package io.communityedu.reporting;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/** The realm's keys cannot be fetched: a token cannot be checked, which is the service's trouble, not the caller's. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "reporting"), @ResourceArg(name = "tokenKeysUnreachable", value = "true")})
class IdentityProviderDownTest {

    @Test
    void requestsWithATokenAre503AtOnceAndTheServiceStaysHealthy() {
        for (int attempt = 0; attempt < 2; attempt++) {
            given().header("Authorization", "Bearer " + TestTokens.statisticsReader())
                    .get("/api/v1/statistics/years/2010")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5")).body("status", equalTo(503))
                    .time(lessThan(5000L));
        }
        given().get("/api/v1/statistics/years/2010").then().statusCode(401);
        given().get("/q/health/live").then().statusCode(200);
    }
}
