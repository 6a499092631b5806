package io.communityedu.enrolment;

import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class ResidentApiTest extends EnrolmentTestBase {

    @Test
    void registersAResidentWithChineseNameAndShowsTheFullPhoneOnlyToItsOwnResource() {
        String community = knownCommunity();
        Map<String, Object> body = residentBody(community, "王小明", "2002-03-01", List.of("PUPIL"));
        body.put("phone", "13812345678");
        String id = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/residents")
                .then().statusCode(201)
                .body("name", equalTo("王小明"), "birthDate", equalTo("2002-03-01"), "groups", contains("PUPIL"),
                        "communityCode", equalTo(community))
                .extract().path("id");
        given().get("/api/v1/residents/{id}", id).then()
                .statusCode(200).body("phone", equalTo("13812345678"), "name", equalTo("王小明"));
        given().queryParam("community", community).get("/api/v1/residents")
                .then().statusCode(200).body("total", equalTo(1), "items[0].phone", equalTo("138****5678"));
    }

    @Test
    void registersAChildWithAGuardian() {
        String community = knownCommunity();
        String mother = resident(community, "李芳", "1980-05-01", "PARENT");
        Map<String, Object> child = residentBody(community, "李小宝", "2007-09-01", List.of("INFANT"));
        child.put("guardianId", mother);
        given().contentType(ContentType.JSON).body(child).post("/api/v1/residents")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/residents/"))
                .body("guardianId", equalTo(mother));
        child.put("guardianId", "no-such-resident");
        given().contentType(ContentType.JSON).body(child).post("/api/v1/residents")
                .then().statusCode(422).body("code", equalTo("UNKNOWN_GUARDIAN"));
    }

    @Test
    void refusesAResidentOfAnUnknownCommunityWith422() {
        given().contentType(ContentType.JSON).body(residentBody("nowhere", "张三", "1990-01-01", List.of()))
                .post("/api/v1/residents")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("UNKNOWN_COMMUNITY"));
        given().queryParam("community", "nowhere").get("/api/v1/residents").then().body("total", equalTo(0));
    }

    @Test
    void refusesInvalidResidentsWith400() {
        String community = knownCommunity();
        Map<String, Object> future = residentBody(community, "未来人", "2999-01-01", List.of());
        given().contentType(ContentType.JSON).body(future).post("/api/v1/residents")
                .then().statusCode(400).body("errors.field", hasItem("birthDate"));
        Map<String, Object> phone = residentBody(community, "张三", "1990-01-01", List.of());
        phone.put("phone", "call me maybe");
        given().contentType(ContentType.JSON).body(phone).post("/api/v1/residents")
                .then().statusCode(400).body("errors.field", hasItem("phone"));
        Map<String, Object> group = residentBody(community, "张三", "1990-01-01", List.of("WIZARD"));
        given().contentType(ContentType.JSON).body(group).post("/api/v1/residents")
                .then().statusCode(400).body("errors[0].field", equalTo("groups[0]"));
        given().queryParam("community", community).get("/api/v1/residents").then().body("total", equalTo(0));
    }

    @Test
    void refusesANumberOrAnEmptyStringForADateAndALoneSurrogateWith400NamingTheField() {
        String community = knownCommunity();
        for (String birthDate : new String[]{"20020301", "0", "\"\"", "\"  \""}) {
            given().contentType(ContentType.JSON)
                    .body("{\"name\": \"王小明\", \"birthDate\": " + birthDate + ", \"communityCode\": \"" + community + "\"}")
                    .post("/api/v1/residents")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("birthDate"), "errors[0].message", equalTo("must be a date YYYY-MM-DD"));
        }
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"王\\ud800\", \"birthDate\": \"2002-03-01\", \"communityCode\": \"" + community + "\"}")
                .post("/api/v1/residents")
                .then().statusCode(400).body("errors[0].field", equalTo("name"),
                        "errors[0].message", equalTo("must be Unicode text (no lone surrogates)"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"王😀\", \"birthDate\": \"2002-03-01\", \"communityCode\": \"" + community + "\"}")
                .post("/api/v1/residents").then().statusCode(201).body("name", equalTo("王😀"));
        given().queryParam("community", community).get("/api/v1/residents").then().body("total", equalTo(1));
    }

    @Test
    void answersUnknownResidentsWith404() {
        given().get("/api/v1/residents/{id}", "nobody").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/residents/{id}/enrolments", "nobody").then().statusCode(404);
    }

    @Test
    void listsTheResidentsEnrolments() {
        String community = knownCommunity();
        Upstream.Session session = knownSession(new Upstream.Session(community));
        String resident = resident(community, "王小明", "2002-03-01");
        String enrolment = enrol(resident, session.sessionId).then().statusCode(201).extract().path("id");
        given().get("/api/v1/residents/{id}/enrolments", resident)
                .then().statusCode(200).body("total", equalTo(1), "items[0].id", equalTo(enrolment),
                        "items[0].status", equalTo("CONFIRMED"));
        enrol(resident, session.sessionId).then().statusCode(409);
        given().get("/api/v1/residents/{id}/enrolments", resident).then().body("total", equalTo(1));
        given().get("/api/v1/enrolments/{id}", enrolment).then().statusCode(200).body("sessionId", equalTo(session.sessionId));
        enrol(resident, "no-such-session").then().statusCode(404);
        enrol("no-such-resident", session.sessionId).then().statusCode(404);
        given().get("/api/v1/enrolments/{id}", "nope").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("residentId", resident))
                .post("/api/v1/enrolments").then().statusCode(400).body("errors[0].field", equalTo("sessionId"));
    }
}
