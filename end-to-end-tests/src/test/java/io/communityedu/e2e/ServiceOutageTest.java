package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(SuiteExtension.class)
class ServiceOutageTest {

    @Test
    void aServiceThatStopsAnsweringIsAGatewayTimeoutWithinTheConfiguredTime(RunningSuite suite) {
        Scenario.asDistrictSystem().get("/api/v1/statistics/years/2010").then().statusCode(200);
        suite.reporting().freeze();
        try {
            long started = System.nanoTime();
            Response response = Scenario.asDistrictSystem().get("/api/v1/statistics/years/2010");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals(504, response.statusCode());
            response.then().contentType("application/problem+json").body("status", equalTo(504))
                    .body("detail", containsString("reporting-service"));
            assertTrue(took.compareTo(SuiteExtension.GATEWAY_RESPONSE_TIMEOUT) >= 0
                            && took.compareTo(SuiteExtension.GATEWAY_RESPONSE_TIMEOUT.plusSeconds(3)) < 0,
                    "answered after the response timeout, not before and not much later: " + took);
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'services' }.data.'reporting-service'", containsString("DOWN"))
                    .body("checks.find { it.name == 'services' }.data.'programmes-service'", equalTo("UP"));
            // The other services are not held up by the silent one.
            given().get("/api/v1/communities").then().statusCode(200);
        } finally {
            suite.reporting().thaw();
            suite.awaitReady(Duration.ofMinutes(1));
        }
        Scenario.asDistrictSystem().get("/api/v1/statistics/years/2010").then().statusCode(200);
    }

    @Test
    void aStoppedServiceIsServiceUnavailableAtOnceAndServedAgainWhenItComesBack(RunningSuite suite) {
        Scenario.asDistrictSystem().get("/api/v1/statistics/years/2010").then().statusCode(200);
        suite.reporting().stop();
        try {
            long started = System.nanoTime();
            Response response = Scenario.asDistrictSystem().get("/api/v1/statistics/years/2010");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            response.then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", not(equalTo(null)))
                    .body("title", equalTo("Service Unavailable"))
                    .body("detail", containsString("reporting-service"));
            assertTrue(took.toMillis() < 1500, "refused connections answer at once, not after " + took);
            given().get("/q/health/ready").then().statusCode(503);

            // The merged document keeps the last endpoints the service published and says it is away.
            given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/statistics/years/{year}"))
                    .body("info.description", containsString("reporting-service"));
        } finally {
            suite.reporting().start();
            suite.awaitReady(Duration.ofMinutes(2));
        }
        Scenario.asDistrictSystem().get("/api/v1/statistics/years/2010").then().statusCode(200);
        given().queryParam("format", "json").get("/q/openapi").then()
                .body("info.description", not(containsString("Not answering")));
    }
}
