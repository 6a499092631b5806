package io.communityedu.reporting;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Statistics for staff, officers, admins and district systems; the projections' /admin for admins only. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AccessTest {

    @Test
    void statisticsNeedASignedInReaderOfStatistics() {
        given().get("/api/v1/statistics/years/2010")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        as(TestTokens.resident("someone")).get("/api/v1/statistics/years/2010")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        for (String token : new String[]{TestTokens.statisticsReader(), TestTokens.staff("qinghuai-road"),
                TestTokens.officer(), TestTokens.admin()}) {
            as(token).get("/api/v1/statistics/years/2010").then().statusCode(200).body("year", equalTo(2010));
            as(token).get("/api/v1/statistics/communities/{code}/years/2010", "no-such-community").then().statusCode(404);
        }
    }

    @Test
    void invalidTokensAre401() {
        for (String token : new String[]{
                TestTokens.as("reader").roles("statistics-reader").expired().sign(),
                TestTokens.as("reader").roles("statistics-reader").signedByAnotherKey().sign(),
                TestTokens.as("reader").roles("statistics-reader").unsigned().sign(),
                TestTokens.tampered(TestTokens.resident("someone")),
                TestTokens.as("reader").roles("statistics-reader").audience("another-api").sign()}) {
            as(token).get("/api/v1/statistics/years/2010")
                    .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        }
    }

    @Test
    void onlyAdminsOperateTheProjections() {
        given().get("/admin/projections").then().statusCode(401);
        for (String token : new String[]{TestTokens.officer(), TestTokens.staff("qinghuai-road"),
                TestTokens.statisticsReader(), TestTokens.resident("someone")}) {
            as(token).get("/admin/projections").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            as(token).post("/admin/projections/rebuild").then().statusCode(403);
        }
        as(TestTokens.admin()).get("/admin/projections").then().statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
