package io.communityedu.programmes;

import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static io.communityedu.programmes.Fixtures.community;
import static io.communityedu.programmes.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
@ExtendWith(ActingAsAdmin.class)
class CommunityApiTest {

    @Test
    void registersACommunityAndRoundTripsChineseAndEmoji() {
        String code = uniqueCode("qinghuai");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "清淮路社区 🏫", "district", "清河区"))
                .when().post("/api/v1/communities")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/communities/" + code))
                .body("code", equalTo(code), "name", equalTo("清淮路社区 🏫"), "district", equalTo("清河区"));

        given().get("/api/v1/communities/{code}", code)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("name", equalTo("清淮路社区 🏫"), "district", equalTo("清河区"));
    }

    @Test
    void refusesADuplicateCodeWith409AndKeepsTheFirst() {
        String code = community("第一个社区");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "第二个社区"))
                .when().post("/api/v1/communities")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409), "title", equalTo("Conflict"));
        given().get("/api/v1/communities/{code}", code).then().body("name", equalTo("第一个社区"));
    }

    @Test
    void refusesAnInvalidCodeAndAMissingNameWith400NamingTheFields() {
        given().contentType(ContentType.JSON).body(Map.of("code", "Not A Code!"))
                .when().post("/api/v1/communities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400), "errors.field", hasItem("code"), "errors.field", hasItem("name"));
        given().get("/api/v1/communities/{code}", "Not A Code!").then().statusCode(404);
    }

    @Test
    void refusesMalformedJsonAndAnEmptyBodyWith400() {
        given().contentType(ContentType.JSON).body("{\"code\": \"abc\", ")
                .when().post("/api/v1/communities")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/communities")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"code\": \"wrong-type\", \"name\": 42}")
                .when().post("/api/v1/communities")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().get("/api/v1/communities/{code}", "wrong-type").then().statusCode(404);
    }

    @Test
    void answersAnUnknownCommunityWith404ProblemJson() {
        given().get("/api/v1/communities/{code}", "no-such-community")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "title", equalTo("Not found"), "type", equalTo("/problems/not-found"));
    }

    @Test
    void listsCommunitiesInPages() {
        community("甲社区");
        community("乙社区");
        given().queryParam("page", 0).queryParam("size", 1).get("/api/v1/communities")
                .then().statusCode(200)
                .body("items", hasSize(1), "page", equalTo(0), "size", equalTo(1),
                        "total", greaterThanOrEqualTo(2));
        given().queryParam("size", 101).get("/api/v1/communities")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("page", "first").get("/api/v1/communities")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void createsThenReplacesAnAnnualPlan() {
        String code = community("清淮路社区");
        given().contentType(ContentType.JSON)
                .body(Map.of("residentPopulation", 12000, "participationTargetPercent", 50,
                        "featuredProgrammeTarget", 2, "budget", 150000))
                .when().put("/api/v1/communities/{code}/plans/{year}", code, 2010)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/communities/" + code + "/plans/2010"))
                .body("communityCode", equalTo(code), "year", equalTo(2010), "residentPopulation", equalTo(12000),
                        "budget", equalTo(150000.00f));

        given().contentType(ContentType.JSON)
                .body(Map.of("residentPopulation", 12500, "participationTargetPercent", 55,
                        "featuredProgrammeTarget", 3, "budget", 165000.5))
                .when().put("/api/v1/communities/{code}/plans/{year}", code, 2010)
                .then().statusCode(200).body("residentPopulation", equalTo(12500));

        given().get("/api/v1/communities/{code}/plans/{year}", code, 2010)
                .then().statusCode(200)
                .body("participationTargetPercent", equalTo(55), "featuredProgrammeTarget", equalTo(3));
        String json = given().get("/api/v1/communities/{code}/plans/{year}", code, 2010).then().extract().asString();
        assertTrue(json.contains("\"budget\":165000.50"), "money keeps two decimals: " + json);
        given().get("/api/v1/communities/{code}/plans", code)
                .then().statusCode(200).body("total", equalTo(1), "items[0].year", equalTo(2010));
    }

    @Test
    void refusesAnInvalidPlanWith400AndChangesNothing() {
        String code = community("清淮路社区");
        given().contentType(ContentType.JSON)
                .body(Map.of("residentPopulation", 0, "participationTargetPercent", 101,
                        "featuredProgrammeTarget", 2, "budget", -1))
                .when().put("/api/v1/communities/{code}/plans/{year}", code, 2010)
                .then().statusCode(400)
                .body("errors.field", hasItem("residentPopulation"),
                        "errors.field", hasItem("participationTargetPercent"), "errors.field", hasItem("budget"));
        given().contentType(ContentType.JSON)
                .body(Map.of("residentPopulation", 100, "participationTargetPercent", 50,
                        "featuredProgrammeTarget", 2, "budget", 1.234))
                .when().put("/api/v1/communities/{code}/plans/{year}", code, 2010)
                .then().statusCode(400).body("errors[0].field", equalTo("budget"));
        given().get("/api/v1/communities/{code}/plans/{year}", code, 2010).then().statusCode(404);
    }

    @Test
    void answersPlansOfUnknownCommunitiesAndYearsWith404() {
        given().contentType(ContentType.JSON)
                .body(Map.of("residentPopulation", 100, "participationTargetPercent", 50,
                        "featuredProgrammeTarget", 2, "budget", 10))
                .when().put("/api/v1/communities/{code}/plans/{year}", "no-such-community", 2010)
                .then().statusCode(404);
        String code = community("清淮路社区");
        given().get("/api/v1/communities/{code}/plans/{year}", code, 2009)
                .then().statusCode(404).body("detail", containsString("2009"));
    }
}
