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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees which of a resident's fields (API.md "Personal data rights and audit"). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class ResidentExposureTest extends EnrolmentTestBase {

    private static final Set<String> LIST_ITEM = Set.of("id", "name", "communityCode", "groups", "phone", "createdAt");

    private String community;
    private String motherToken;
    private String mother;
    private String child;
    private String phone;

    @BeforeEach
    void aGuardianAndHerChild() {
        community = knownCommunity();
        motherToken = TestTokens.resident("sub-" + UUID.randomUUID());
        phone = People.phone();
        Map<String, Object> self = residentBody(community, People.name("张"), "1984-04-04", List.of("PARENT"));
        self.put("phone", phone);
        mother = as(motherToken).contentType(ContentType.JSON).body(self).post("/api/v1/me")
                .then().statusCode(201).extract().path("id");
        child = as(motherToken).contentType(ContentType.JSON)
                .body(Map.of("name", People.name("张"), "birthDate", "2014-01-02", "groups", List.of("PUPIL"),
                        "guardianConsent", true))
                .post("/api/v1/me/wards").then().statusCode(201).extract().path("id");
    }

    @Test
    void listItemsCarryAMaskedPhoneAndNoBirthDateGuardianOrConsentForEveryRoleThatMayList() {
        for (String token : List.of(TestTokens.staff(community), TestTokens.officer(), TestTokens.admin())) {
            List<Map<String, Object>> items = as(token).queryParam("community", community).queryParam("size", 100)
                    .get("/api/v1/residents").then().statusCode(200).extract().jsonPath().getList("items");
            assertEquals(2, items.size());
            for (Map<String, Object> item : items) {
                assertEquals(LIST_ITEM, item.keySet());
            }
            Map<String, Object> motherItem = items.stream().filter(i -> mother.equals(i.get("id"))).findFirst().orElseThrow();
            assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), motherItem.get("phone"));
        }
    }

    @Test
    void theFullRecordGoesOnlyToTheResidentHerGuardianStaffOfHerCommunityOfficersAndAdmins() {
        for (String token : List.of(motherToken, TestTokens.staff(community), TestTokens.officer(), TestTokens.admin())) {
            as(token).get("/api/v1/residents/{id}", child).then().statusCode(200)
                    .body("birthDate", equalTo("2014-01-02"), "guardianId", equalTo(mother));
            as(token).get("/api/v1/residents/{id}", mother).then().statusCode(200).body("phone", equalTo(phone));
        }
        for (String id : List.of(mother, child)) {
            refused(as(TestTokens.staff("elsewhere")).get("/api/v1/residents/{id}", id), 403, "OUTSIDE_YOUR_COMMUNITY");
            refused(as(TestTokens.resident("stranger-" + UUID.randomUUID())).get("/api/v1/residents/{id}", id), 403,
                    "NOT_YOUR_RESIDENT");
            refused(as(TestTokens.statisticsReader()).get("/api/v1/residents/{id}", id), 403, "FORBIDDEN");
        }
        refused(as(motherToken).get("/api/v1/residents"), 403, "FORBIDDEN");
    }

    @Test
    void refusalsNeverNameTheResidentsNamePhoneBirthDateOrGroups() {
        String name = People.name("王");
        String phoneOfHers = People.phone();
        Map<String, Object> body = residentBody(community, name, "1990-04-01", List.of("UNEMPLOYED", "MIGRANT_WORKER"));
        body.put("phone", phoneOfHers);
        String id = given().contentType(ContentType.JSON).body(body).post("/api/v1/residents")
                .then().statusCode(201).extract().path("id");

        Upstream.Session forChildren = new Upstream.Session(community);
        forChildren.minAge = 6;
        forChildren.maxAge = 15;
        Upstream.Session forPupils = new Upstream.Session(community);
        forPupils.targetGroups = List.of("PUPIL", "SENIOR");
        Upstream.Session archived = new Upstream.Session(community);
        archived.programmeStatus = "ARCHIVED";
        Upstream.Session open = new Upstream.Session(community);
        for (Upstream.Session s : List.of(forChildren, forPupils, archived, open)) {
            knownSession(s);
        }
        enrol(id, open.sessionId).then().statusCode(201);

        List<Response> refusals = new ArrayList<>();
        refusals.add(enrol(id, forChildren.sessionId));
        refusals.add(enrol(id, forPupils.sessionId));
        refusals.add(enrol(id, archived.sessionId));
        refusals.add(enrol(id, open.sessionId));
        refusals.add(enrolAs(TestTokens.resident("stranger-" + UUID.randomUUID()), id, open.sessionId));
        refusals.add(enrolAs(TestTokens.staff("elsewhere"), id, open.sessionId));
        refusals.add(as(TestTokens.staff("elsewhere")).get("/api/v1/residents/{id}", id));
        refusals.add(as(TestTokens.staff("elsewhere")).post("/api/v1/residents/{id}/erasure", id));
        assertEquals(List.of(422, 422, 422, 409, 403, 403, 403, 403), refusals.stream().map(Response::statusCode).toList());
        assertEquals(List.of("AGE_NOT_ELIGIBLE", "GROUP_NOT_ELIGIBLE", "ENROLMENT_CLOSED"),
                refusals.subList(0, 3).stream().map(r -> r.jsonPath().getString("code")).toList());
        for (Response refusal : refusals) {
            String text = refusal.asString();
            assertTrue(refusal.contentType().startsWith("application/problem+json"), text);
            for (String personal : List.of(name, phoneOfHers, "1990-04-01", "1990", "UNEMPLOYED", "MIGRANT_WORKER")) {
                assertFalse(text.contains(personal), "refusal reveals " + personal + ": " + text);
            }
        }
    }

    private static Response enrolAs(String token, String residentId, String sessionId) {
        return as(token).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments");
    }

    private static void refused(Response response, int status, String code) {
        response.then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
    }
}
