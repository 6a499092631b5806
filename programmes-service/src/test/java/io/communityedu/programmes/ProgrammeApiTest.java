package io.communityedu.programmes;

import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static io.communityedu.programmes.Fixtures.community;
import static io.communityedu.programmes.Fixtures.programme;
import static io.communityedu.programmes.Fixtures.programmeBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
@ExtendWith(ActingAsAdmin.class)
class ProgrammeApiTest {

    @Test
    void createsAProgrammeWithDefaultsAndReadsItBack() {
        String code = community("清淮路社区");
        Map<String, Object> body = programmeBody(code, "暑期读书征文");
        body.remove("fee");
        body.remove("featured");
        String id = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/programmes")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/programmes/"))
                .body("title", equalTo("暑期读书征文"), "strand", equalTo("YOUTH_DEVELOPMENT"),
                        "targetGroups", contains("PUPIL"), "minAge", equalTo(6), "maxAge", equalTo(15),
                        "featured", equalTo(false), "status", equalTo("ACTIVE"), "certificateName", nullValue())
                .extract().path("id");
        String json = given().get("/api/v1/programmes/{id}", id)
                .then().statusCode(200).body("description", equalTo("面向中小学生的暑期读书活动"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"fee\":0.00"), json);
    }

    @Test
    void refusesAProgrammeOfAnUnknownCommunityWith422() {
        given().contentType(ContentType.JSON).body(programmeBody("no-such-community", "读书会"))
                .when().post("/api/v1/programmes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_COMMUNITY"), "status", equalTo(422));
        given().queryParam("community", "no-such-community").get("/api/v1/programmes")
                .then().body("total", equalTo(0));
    }

    @Test
    void refusesAnUnknownProviderWith422() {
        Map<String, Object> body = programmeBody(community("清淮路社区"), "读书会");
        body.put("providerId", "00000000-0000-0000-0000-000000000000");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/programmes")
                .then().statusCode(422).body("code", equalTo("UNKNOWN_PROVIDER"));
    }

    @Test
    void refusesBadFieldsWith400NamingEachField() {
        String code = community("清淮路社区");
        Map<String, Object> unknownStrand = programmeBody(code, "读书会");
        unknownStrand.put("strand", "ASTRONAUTS");
        given().contentType(ContentType.JSON).body(unknownStrand).post("/api/v1/programmes")
                .then().statusCode(400).body("errors[0].field", equalTo("strand"));

        Map<String, Object> unknownGroup = programmeBody(code, "读书会");
        unknownGroup.put("targetGroups", List.of("PUPIL", "ALIENS"));
        given().contentType(ContentType.JSON).body(unknownGroup).post("/api/v1/programmes")
                .then().statusCode(400).body("errors[0].field", equalTo("targetGroups[1]"));

        Map<String, Object> wrongType = programmeBody(code, "读书会");
        wrongType.put("minAge", "six");
        given().contentType(ContentType.JSON).body(wrongType).post("/api/v1/programmes")
                .then().statusCode(400).body("errors[0].field", equalTo("minAge"));

        Map<String, Object> missing = programmeBody(code, "读书会");
        missing.remove("title");
        missing.remove("year");
        given().contentType(ContentType.JSON).body(missing).post("/api/v1/programmes")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("title", "year"));

        Map<String, Object> ages = programmeBody(code, "读书会");
        ages.put("minAge", 16);
        given().contentType(ContentType.JSON).body(ages).post("/api/v1/programmes")
                .then().statusCode(400).body("errors[0].field", equalTo("maxAge"));

        Map<String, Object> year = programmeBody(code, "读书会");
        year.put("year", 20100);
        given().contentType(ContentType.JSON).body(year).post("/api/v1/programmes")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));

        given().queryParam("community", code).get("/api/v1/programmes").then().body("total", equalTo(0));
    }

    @Test
    void searchesByCommunityYearStrandFeaturedAndTitleWithPaging() {
        String code = community("清淮路社区");
        String reading = programme(code, "暑期读书征文");
        Map<String, Object> jobs = programmeBody(code, "社区工作者资格培训");
        jobs.put("strand", "JOB_CAPABILITY");
        jobs.put("featured", false);
        jobs.put("targetGroups", List.of("COMMUNITY_WORKER"));
        String training = given().contentType(ContentType.JSON).body(jobs).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> nextYear = programmeBody(code, "读书沙龙");
        nextYear.put("year", 2011);
        given().contentType(ContentType.JSON).body(nextYear).post("/api/v1/programmes").then().statusCode(201);

        given().queryParam("community", code).queryParam("year", 2010).get("/api/v1/programmes")
                .then().statusCode(200).body("total", equalTo(2), "items.id", containsInAnyOrder(reading, training));
        given().queryParam("community", code).queryParam("strand", "JOB_CAPABILITY").get("/api/v1/programmes")
                .then().body("items.id", contains(training));
        given().queryParam("community", code).queryParam("featured", "true").queryParam("year", 2010)
                .get("/api/v1/programmes").then().body("items.id", contains(reading));
        given().queryParam("community", code).queryParam("q", "读书").get("/api/v1/programmes")
                .then().body("total", equalTo(2), "items.title", hasItem("读书沙龙"));
        given().queryParam("community", code).queryParam("q", "100%").get("/api/v1/programmes")
                .then().body("items", empty());
        given().queryParam("community", code).queryParam("size", 1).queryParam("page", 1).get("/api/v1/programmes")
                .then().body("items", hasSize(1), "page", equalTo(1), "size", equalTo(1), "total", equalTo(3));

        given().queryParam("year", "twenty-ten").get("/api/v1/programmes")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("strand", "SPACE").get("/api/v1/programmes")
                .then().statusCode(400).body("errors[0].field", equalTo("strand"));
        given().queryParam("featured", "maybe").get("/api/v1/programmes")
                .then().statusCode(400).body("errors[0].field", equalTo("featured"));
    }

    @Test
    void replacesAndArchivesAProgramme() {
        String code = community("清淮路社区");
        String id = programme(code, "暑期读书征文");
        Map<String, Object> body = programmeBody(code, "暑期读书征文（修订）");
        body.put("status", "ARCHIVED");
        body.put("certificateName", "读书达人证书");
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/programmes/{id}", id)
                .then().statusCode(200)
                .body("title", equalTo("暑期读书征文（修订）"), "status", equalTo("ARCHIVED"),
                        "certificateName", equalTo("读书达人证书"));
        given().queryParam("community", code).queryParam("status", "ARCHIVED").get("/api/v1/programmes")
                .then().body("items.id", contains(id));
    }

    @Test
    void refusesMovingAProgrammeWithSessionsToAnotherYearWith409() {
        String code = community("清淮路社区");
        String id = programme(code, "暑期读书征文");
        Fixtures.session(id, 30);
        Map<String, Object> body = programmeBody(code, "暑期读书征文");
        body.put("year", 2011);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/programmes/{id}", id)
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/programmes/{id}", id).then().body("year", equalTo(2010));
    }

    @Test
    void answersUnknownProgrammesWith404() {
        given().get("/api/v1/programmes/{id}", "no-such-programme").then().statusCode(404);
        given().contentType(ContentType.JSON).body(programmeBody(community("清淮路社区"), "读书会"))
                .put("/api/v1/programmes/{id}", "no-such-programme").then().statusCode(404);
    }
}
