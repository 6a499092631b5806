package io.communityedu.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seed plan as the people who do it, each with their own Keycloak account: the district officer
 * registers a community, its staff member (an account created for it) registers the plan and the
 * programmes, a new resident signs up herself and her child (guardian consent), enrols both, cancels
 * the child's place as guardian; staff mark attendance and completion; the district system reads the
 * statistics with its client-credentials token.
 */
@ExtendWith(SuiteExtension.class)
class SeedScenarioAsPeopleTest {

    private static final int YEAR = 2025;

    @Test
    void officerStaffResidentGuardianAndDistrictSystemEachDoTheirPart() {
        String code = Scenario.uniqueCode("people");
        Scenario.community(code, "居民自助社区");
        String staff = Scenario.staffOf(code);
        Scenario.plan(code, YEAR, 10, 20, 1, "20000.00");
        String family = Scenario.programme(code, YEAR, "亲子阅读", "YOUTH_DEVELOPMENT", true, null);
        String skills = Scenario.programme(code, YEAR, "家政技能培训", "JOB_CAPABILITY", false, "家政技能证书");
        String familySession = Scenario.session(family, YEAR, 10, 6);
        String skillsSession = Scenario.session(skills, YEAR, 10, 30);

        String mother = "resident.mother." + code;
        Tokens.tokens().createResident(mother);
        Scenario.as(mother).get("/api/v1/me").then().statusCode(404);
        String motherId = AccessMatrixTest.registerMe(mother, code, "林妈妈", "1988-08-08");
        Scenario.as(mother).contentType(ContentType.JSON).body(Map.of("name", "林妈妈", "birthDate", "1988-08-08",
                        "communityCode", code, "groups", List.of("GENERAL"), "phone", "13700000000"))
                .post("/api/v1/me").then().statusCode(409).body("code", equalTo("ALREADY_REGISTERED"));

        // The child: consent required, and a minor.
        PersonalDataUsed.name("林小宝");
        PersonalDataUsed.name("林大宝");
        Scenario.as(mother).contentType(ContentType.JSON).body(Map.of("name", "林小宝", "birthDate", "2019-03-03",
                        "groups", List.of("PUPIL"), "guardianConsent", false))
                .post("/api/v1/me/wards").then().statusCode(422).body("code", equalTo("CONSENT_REQUIRED"));
        Scenario.as(mother).contentType(ContentType.JSON).body(Map.of("name", "林大宝", "birthDate", "1999-03-03",
                        "groups", List.of("GENERAL"), "guardianConsent", true))
                .post("/api/v1/me/wards").then().statusCode(422).body("code", equalTo("NOT_A_MINOR"));
        String childId = Scenario.as(mother).contentType(ContentType.JSON).body(Map.of("name", "林小宝",
                        "birthDate", "2019-03-03", "groups", List.of("PUPIL"), "guardianConsent", true))
                .post("/api/v1/me/wards").then().statusCode(201).extract().path("id");
        Scenario.as(mother).get("/api/v1/me").then().statusCode(200)
                .body("id", equalTo(motherId)).body("wards", hasSize(1)).body("wards[0].id", equalTo(childId));

        // Both enrol, as the mother; then she cancels the child's place as guardian.
        Scenario.awaitSessionKnown(familySession);
        Scenario.awaitSessionKnown(skillsSession);
        String motherFamily = enrolAs(mother, motherId, familySession);
        String childFamily = enrolAs(mother, childId, familySession);
        String motherSkills = enrolAs(mother, motherId, skillsSession);
        Scenario.as(mother).get("/api/v1/me/enrolments").then().statusCode(200)
                .body("items.size()", equalTo(3));
        Scenario.as(mother).post("/api/v1/enrolments/" + childFamily + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        // Staff take attendance and complete the skills course.
        Scenario.as(staff).contentType(ContentType.JSON).body(Map.of("sessionId", skillsSession, "date", YEAR + "-07-01",
                "presentResidentIds", List.of(motherId))).post("/api/v1/attendance").then().statusCode(201);
        Scenario.as(staff).post("/api/v1/enrolments/" + motherSkills + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("certificateNumber", matchesPattern("CE2025-[0-9A-Z]{12}"));
        Scenario.as(mother).get("/api/v1/enrolments/" + motherFamily).then().statusCode(200).body("status", equalTo("CONFIRMED"));

        // By hand: one participant (the mother; the child's place was cancelled) of 10 = 10%, below 20%;
        // one featured programme; 1 confirmed, 1 cancelled, 1 completed (30 h).
        await().atMost(Scenario.EVENT_DELIVERY).untilAsserted(() -> {
            JsonPath stats = Scenario.statistics(code, YEAR);
            assertEquals(1, stats.getInt("participants"));
            assertEquals(0.1f, stats.getFloat("participationRate"));
            assertEquals(false, stats.getBoolean("participationTargetMet"));
            assertEquals(1, stats.getInt("featuredProgrammes"));
            assertEquals(Scenario.enrolments(1, 0, 1, 1), stats.getMap("enrolments"));
            assertEquals(List.of(
                    Scenario.strand("YOUTH_DEVELOPMENT", 1, 1, 1, 1, 0, 0),
                    Scenario.strand("JOB_CAPABILITY", 1, 1, 1, 1, 1, 30),
                    Scenario.strand("RESIDENT_TRAINING", 0, 0, 0, 0, 0, 0),
                    Scenario.strand("SELF_EDUCATION", 0, 0, 0, 0, 0, 0)), stats.getList("byStrand"));
        });
        Scenario.asDistrictSystem().get("/api/v1/statistics/years/" + YEAR).then().statusCode(200)
                .body("communities.find { it.communityCode == '" + code + "' }.participants", equalTo(1));
    }

    private static String enrolAs(String username, String residentId, String sessionId) {
        return Scenario.as(username).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments").then().statusCode(201).body("status", equalTo("CONFIRMED")).extract().path("id");
    }
}
