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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
@ExtendWith(ActingAsAdmin.class)
class ProviderApiTest {

    @Test
    void registersAndReadsAProviderWithItsResidentDiscount() {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("name", "区社区学院", "type", "COMMUNITY_COLLEGE", "residentDiscountPercent", 20))
                .when().post("/api/v1/providers")
                .then().statusCode(201)
                .body("name", equalTo("区社区学院"), "type", equalTo("COMMUNITY_COLLEGE"),
                        "residentDiscountPercent", equalTo(20))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().get("/api/v1/providers/{id}", id)
                .then().statusCode(200).body("id", equalTo(id), "name", equalTo("区社区学院"));
        given().queryParam("size", 100).get("/api/v1/providers")
                .then().statusCode(200).body("items.id", hasItem(id), "total", greaterThanOrEqualTo(1));
    }

    @Test
    void refusesAnUnknownTypeAndAnOutOfRangeDiscountWith400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "民办培训机构", "type", "SPACESHIP", "residentDiscountPercent", 20))
                .when().post("/api/v1/providers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"), "errors[0].message", startsWith("must be one of"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "民办培训机构", "type", "TRAINING_INSTITUTION", "residentDiscountPercent", 120))
                .when().post("/api/v1/providers")
                .then().statusCode(400).body("errors.field", hasItem("residentDiscountPercent"));
    }

    @Test
    void answersAnUnknownProviderWith404() {
        given().get("/api/v1/providers/{id}", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
