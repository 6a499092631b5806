package io.communityedu.enrolment;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Who may read and act for whom in enrolment-service (API.md "Identity and access"). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class AccessTest extends EnrolmentTestBase {

    private String community;
    private String sessionId;
    private String resident;
    private String neighbour;

    @BeforeEach
    void aSessionAndTwoResidents() {
        community = knownCommunity();
        sessionId = knownSession(new Upstream.Session(community)).sessionId;
        resident = resident(community, "王丽", "1980-05-01", "PARENT");
        neighbour = resident(community, "赵强", "1975-01-01", "GENERAL");
        TestTokens.actAsNobody();
    }

    @Test
    void anonymousCallersAreAskedForAToken() {
        given().get("/api/v1/residents").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().get("/api/v1/residents/{id}", resident).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("residentId", resident, "sessionId", sessionId))
                .post("/api/v1/enrolments").then().statusCode(401);
        as(TestTokens.admin()).queryParam("sessionId", sessionId).get("/api/v1/enrolments")
                .then().body("total", equalTo(0));
    }

    @Test
    void residentListsAreForStaffOfTheCommunityOfficersAndAdmins() {
        as(TestTokens.resident("someone")).get("/api/v1/residents")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(TestTokens.statisticsReader()).get("/api/v1/residents").then().statusCode(403);
        as(TestTokens.staff("elsewhere")).queryParam("community", community).get("/api/v1/residents")
                .then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        as(TestTokens.staff("elsewhere")).get("/api/v1/residents").then().statusCode(200)
                .body("items.id", not(hasItem(resident)));
        as(TestTokens.staff(community)).get("/api/v1/residents").then().statusCode(200)
                .body("total", equalTo(2), "items.id", hasItem(resident));
        as(TestTokens.officer()).queryParam("community", community).get("/api/v1/residents")
                .then().statusCode(200).body("total", equalTo(2));
        as(TestTokens.staff("elsewhere")).get("/api/v1/residents/{id}", resident)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        as(TestTokens.staff("elsewhere")).contentType(ContentType.JSON)
                .body(residentBody(community, "外人", "1990-01-01", List.of())).post("/api/v1/residents")
                .then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        as(TestTokens.staff(community)).queryParam("community", community).get("/api/v1/residents")
                .then().body("total", equalTo(2));
    }

    @Test
    void aResidentRegistersHerselfAndHerChildWithConsent() {
        String mother = TestTokens.resident("sub-" + UUID.randomUUID());
        as(mother).get("/api/v1/me").then().statusCode(404).contentType("application/problem+json");
        as(mother).contentType(ContentType.JSON).body(Map.of("childName", "x")).post("/api/v1/me/wards")
                .then().statusCode(400);
        String self = as(mother).contentType(ContentType.JSON).body(self(community))
                .post("/api/v1/me").then().statusCode(201)
                .header("Location", startsWith("http")).body("name", equalTo("李芳"), "phone", equalTo("13912345678"))
                .extract().path("id");
        as(mother).contentType(ContentType.JSON).body(self(community)).post("/api/v1/me")
                .then().statusCode(409).body("code", equalTo("ALREADY_REGISTERED"));

        as(mother).contentType(ContentType.JSON).body(ward("2005-01-01", false)).post("/api/v1/me/wards")
                .then().statusCode(422).body("code", equalTo("CONSENT_REQUIRED"));
        as(mother).contentType(ContentType.JSON).body(ward("1990-01-01", true)).post("/api/v1/me/wards")
                .then().statusCode(422).body("code", equalTo("NOT_A_MINOR"));
        String child = as(mother).contentType(ContentType.JSON).body(ward("2015-06-01", true)).post("/api/v1/me/wards")
                .then().statusCode(201)
                .body("guardianId", equalTo(self), "communityCode", equalTo(community), "name", equalTo("李小宝"),
                        "guardianConsentAt", startsWith("20"))
                .extract().path("id");

        as(mother).get("/api/v1/me").then().statusCode(200)
                .body("id", equalTo(self), "wards.size()", equalTo(1), "wards[0].id", equalTo(child));
        as(mother).contentType(ContentType.JSON)
                .body(Map.of("name", "李芳芳", "phone", "13900000001", "groups", List.of("PARENT", "IN_SERVICE")))
                .put("/api/v1/me").then().statusCode(200).body("name", equalTo("李芳芳"), "phone", equalTo("13900000001"));
        as(mother).get("/api/v1/residents/{id}", child).then().statusCode(200).body("name", equalTo("李小宝"));
        as(mother).get("/api/v1/residents/{id}", resident)
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_RESIDENT"));
        as(TestTokens.resident("stranger")).get("/api/v1/residents/{id}", child)
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_RESIDENT"));
        as(TestTokens.staff(community)).get("/api/v1/me").then().statusCode(403);
    }

    @Test
    void residentsEnrolAndCancelOnlyForThemselvesAndTheirWards() {
        String mother = TestTokens.resident("sub-" + UUID.randomUUID());
        String self = as(mother).contentType(ContentType.JSON).body(self(community)).post("/api/v1/me")
                .then().statusCode(201).extract().path("id");
        String child = as(mother).contentType(ContentType.JSON).body(ward("2015-06-01", true)).post("/api/v1/me/wards")
                .then().statusCode(201).extract().path("id");

        String own = enrolAs(mother, self).then().statusCode(201).body("status", equalTo("CONFIRMED")).extract().path("id");
        String childs = enrolAs(mother, child).then().statusCode(201).extract().path("id");
        enrolAs(mother, neighbour).then().statusCode(403).body("code", equalTo("NOT_YOUR_RESIDENT"));
        enrolAs(TestTokens.staff("elsewhere"), neighbour).then().statusCode(403)
                .body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        String neighbours = enrolAs(TestTokens.staff(community), neighbour).then().statusCode(201).extract().path("id");

        as(mother).get("/api/v1/enrolments/{id}", neighbours).then().statusCode(403);
        as(mother).post("/api/v1/enrolments/{id}/cancel", neighbours)
                .then().statusCode(403).body("code", equalTo("NOT_YOUR_RESIDENT"));
        as(mother).post("/api/v1/enrolments/{id}/complete", own).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(mother).queryParam("sessionId", sessionId).get("/api/v1/enrolments").then().statusCode(403);
        as(mother).post("/api/v1/enrolments/{id}/cancel", childs).then().statusCode(200).body("status", equalTo("CANCELLED"));

        as(mother).get("/api/v1/me/enrolments").then().statusCode(200)
                .body("total", equalTo(2), "items[0].id", equalTo(childs), "items[0].residentName", equalTo("李小宝"),
                        "items[0].status", equalTo("CANCELLED"), "items[1].programmeTitle", equalTo("社区读书会"),
                        "items[1].sessionTitle", equalTo("第一期"), "items[1].venue", equalTo("社区活动室"),
                        "items[1].startDate", equalTo("2010-07-05"), "items[1].status", equalTo("CONFIRMED"));
        as(TestTokens.admin()).queryParam("sessionId", sessionId).get("/api/v1/enrolments")
                .then().body("total", equalTo(3), "items.findAll { it.status == 'CONFIRMED' }.size()", equalTo(2));
        as(TestTokens.staff(community)).post("/api/v1/enrolments/{id}/complete", own).then().statusCode(200);
    }

    @Test
    void anIdempotencyKeyIsScopedToTheCaller() {
        String first = TestTokens.staff(community);
        String second = TestTokens.staff(community);
        String key = "shared-" + UUID.randomUUID();
        String a = keyed(first, key, resident).then().statusCode(201).extract().path("id");
        keyed(first, key, resident).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(a));
        // Another caller's same key neither sees the first answer nor counts as a reuse with another body.
        String b = keyed(second, key, neighbour).then().statusCode(201).header("Idempotent-Replayed", (String) null)
                .extract().path("id");
        as(TestTokens.admin()).queryParam("sessionId", sessionId).get("/api/v1/enrolments")
                .then().body("total", equalTo(2), "items.id", hasItem(a), "items.id", hasItem(b));
    }

    @Test
    void drawsAreRunByStaffOfTheCommunityAndReadByAnyoneSignedIn() {
        Map<String, String> body = Map.of("sessionId", sessionId);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/draws").then().statusCode(401);
        given().get("/api/v1/draws/{id}", sessionId).then().statusCode(401);
        as(TestTokens.resident("someone")).contentType(ContentType.JSON).body(body).post("/api/v1/draws")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(TestTokens.statisticsReader()).contentType(ContentType.JSON).body(body).post("/api/v1/draws")
                .then().statusCode(403);
        as(TestTokens.staff("elsewhere")).contentType(ContentType.JSON).body(body).post("/api/v1/draws")
                .then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        // Past access, the first-come session is refused for what it is.
        for (String token : List.of(TestTokens.staff(community), TestTokens.officer(), TestTokens.admin())) {
            as(token).contentType(ContentType.JSON).body(body).post("/api/v1/draws")
                    .then().statusCode(422).body("code", equalTo("NOT_A_LOTTERY"));
        }
        // Any signed-in caller may read a draw; this session has none.
        for (String token : List.of(TestTokens.resident("someone"), TestTokens.statisticsReader(),
                TestTokens.staff("elsewhere"), TestTokens.officer(), TestTokens.admin())) {
            as(token).get("/api/v1/draws/{id}", sessionId).then().statusCode(404);
        }
    }

    private Response keyed(String token, String key, String residentId) {
        return as(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("residentId", residentId, "sessionId", sessionId)).post("/api/v1/enrolments");
    }

    private Response enrolAs(String token, String residentId) {
        return as(token).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments");
    }

    private static Map<String, Object> self(String community) {
        return Map.of("name", "李芳", "birthDate", "1980-05-01", "communityCode", community,
                "groups", List.of("PARENT"), "phone", "13912345678");
    }

    private static Map<String, Object> ward(String birthDate, boolean consent) {
        return Map.of("name", "李小宝", "birthDate", birthDate, "groups", List.of("PUPIL"), "guardianConsent", consent);
    }
}
