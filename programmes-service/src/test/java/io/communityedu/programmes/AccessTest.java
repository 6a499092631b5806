package io.communityedu.programmes;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static io.communityedu.programmes.Fixtures.programmeBody;
import static io.communityedu.programmes.Fixtures.sessionBody;
import static io.communityedu.programmes.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Who may do what in programmes-service (API.md "Identity and access"), with tokens through the real validation. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
class AccessTest {

    private String code;
    private String programmeId;
    private String sessionId;

    @BeforeEach
    void aCommunityWithAProgrammeAndSession() {
        code = uniqueCode("access");
        as(TestTokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "清淮路社区", "district", "清河区"))
                .post("/api/v1/communities").then().statusCode(201);
        programmeId = as(TestTokens.staff(code)).contentType(ContentType.JSON).body(programmeBody(code, "暑期读书征文"))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        sessionId = as(TestTokens.staff(code)).contentType(ContentType.JSON).body(sessionBody(30))
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(201).extract().path("id");
    }

    @Test
    void theCatalogueIsPublicAndWritesNeedAToken() {
        given().get("/api/v1/communities/{code}", code).then().statusCode(200);
        given().get("/api/v1/programmes/{id}", programmeId).then().statusCode(200);
        given().get("/api/v1/sessions/{id}", sessionId).then().statusCode(200);
        given().get("/api/v1/programmes?community={code}", code).then().statusCode(200);
        given().get("/api/v1/providers").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("code", uniqueCode("anon"), "name", "匿名社区"))
                .post("/api/v1/communities")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
        given().contentType(ContentType.JSON).body(Map.of("capacity", 1))
                .patch("/api/v1/sessions/{id}", sessionId).then().statusCode(401);
        given().get("/api/v1/sessions/{id}", sessionId).then().body("capacity", equalTo(30));
    }

    @Test
    void onlyOfficersAndAdminsRegisterCommunities() {
        for (String token : new String[]{TestTokens.staff(code), TestTokens.resident("r-" + code),
                TestTokens.statisticsReader()}) {
            String refused = uniqueCode("refused");
            as(token).contentType(ContentType.JSON).body(Map.of("code", refused, "name", "被拒社区"))
                    .post("/api/v1/communities")
                    .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
            given().get("/api/v1/communities/{code}", refused).then().statusCode(404);
        }
        as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("code", uniqueCode("byadmin"), "name", "新社区"))
                .post("/api/v1/communities").then().statusCode(201);
    }

    @Test
    void staffActOnlyInTheirOwnCommunities() {
        String other = TestTokens.staff("some-other-community");
        as(other).contentType(ContentType.JSON).body(plan(9000))
                .put("/api/v1/communities/{code}/plans/2010", code)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        given().get("/api/v1/communities/{code}/plans/2010", code).then().statusCode(404);
        as(other).contentType(ContentType.JSON).body(programmeBody(code, "别人的项目"))
                .post("/api/v1/programmes").then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        as(other).contentType(ContentType.JSON).body(programmeBody(code, "改名"))
                .put("/api/v1/programmes/{id}", programmeId).then().statusCode(403);
        as(other).contentType(ContentType.JSON).body(sessionBody(5))
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(403);
        as(other).contentType(ContentType.JSON).body(Map.of("capacity", 99))
                .patch("/api/v1/sessions/{id}", sessionId).then().statusCode(403);
        given().get("/api/v1/programmes/{id}", programmeId).then().body("title", equalTo("暑期读书征文"));
        given().get("/api/v1/programmes/{id}/sessions", programmeId).then().body("total", equalTo(1));
        given().get("/api/v1/sessions/{id}", sessionId).then().body("capacity", equalTo(30));

        // Moving one's own programme into another community is refused too.
        as(TestTokens.staff(code)).contentType(ContentType.JSON).body(programmeBody("some-other-community", "搬走"))
                .put("/api/v1/programmes/{id}", programmeId).then().statusCode(403);

        as(TestTokens.staff("x-" + code, code)).contentType(ContentType.JSON).body(plan(12000))
                .put("/api/v1/communities/{code}/plans/2010", code).then().statusCode(201);
        as(TestTokens.officer()).contentType(ContentType.JSON).body(Map.of("capacity", 40))
                .patch("/api/v1/sessions/{id}", sessionId).then().statusCode(200).body("capacity", equalTo(40));
    }

    @Test
    void residentsAndDistrictSystemsMayNotChangeTheCatalogue() {
        for (String token : new String[]{TestTokens.resident("r-" + code), TestTokens.statisticsReader()}) {
            as(token).contentType(ContentType.JSON).body(plan(1))
                    .put("/api/v1/communities/{code}/plans/2011", code).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            as(token).contentType(ContentType.JSON)
                    .body(Map.of("name", "培训机构", "type", "TRAINING_INSTITUTION", "residentDiscountPercent", 20))
                    .post("/api/v1/providers").then().statusCode(403);
        }
        given().get("/api/v1/communities/{code}/plans/2011", code).then().statusCode(404);
    }

    @Test
    void invalidTokensAre401AndChangeNothing() {
        String valid = TestTokens.officer();
        String[] invalid = {
                "not-a-jwt",
                TestTokens.as("officer").roles("district-officer").expired().sign(),
                TestTokens.as("officer").roles("district-officer").signedByAnotherKey().sign(),
                TestTokens.as("officer").roles("district-officer").unsigned().sign(),
                TestTokens.tampered(TestTokens.resident("someone")),
                TestTokens.as("officer").roles("district-officer").issuer("https://elsewhere.example/realms/community-edu").sign(),
                TestTokens.as("officer").roles("district-officer").audience("another-api").sign()};
        for (String token : invalid) {
            String refused = uniqueCode("forged");
            as(token).contentType(ContentType.JSON).body(Map.of("code", refused, "name", "伪造社区"))
                    .post("/api/v1/communities")
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
            given().get("/api/v1/communities/{code}", refused).then().statusCode(404);
        }
        as(valid).contentType(ContentType.JSON).body(Map.of("code", uniqueCode("valid"), "name", "真社区"))
                .post("/api/v1/communities").then().statusCode(201);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static Map<String, Object> plan(int population) {
        return Map.of("residentPopulation", population, "participationTargetPercent", 50,
                "featuredProgrammeTarget", 2, "budget", new BigDecimal("150000.00"));
    }
}
