package io.communityedu.programmes;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.communityedu.programmes.TeacherFixtures.as;
import static io.communityedu.programmes.TeacherFixtures.asAdmin;
import static io.communityedu.programmes.TeacherFixtures.community;
import static io.communityedu.programmes.TeacherFixtures.teacher;
import static io.communityedu.programmes.TeacherFixtures.teacherBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Teachers (师资): registration, search, replacement, who sees the phone, refusals. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
class TeacherApiTest {

    @Test
    void registersATeacherWithChineseTextsAndReadsItBack() {
        String code = community("清淮路社区");
        Map<String, Object> body = teacherBody(code, "  张老师 ");
        body.put("subjects", List.of("家庭教育", " 书法 😀"));
        Response created = as(TestTokens.staff(code)).body(body).post("/api/v1/teachers");
        String id = created.then().statusCode(201)
                .body("name", equalTo("张老师"), "communityCode", equalTo(code), "kind", equalTo("STAFF"),
                        "providerId", nullValue(), "subjects", contains("家庭教育", "书法 😀"),
                        "qualifications", contains("社区教育专干上岗证"), "phone", equalTo("+86 138-0013-8000"),
                        "createdAt", notNullValue(), "updatedAt", notNullValue())
                .extract().path("id");
        created.then().header("Location", endsWith("/api/v1/teachers/" + id));

        asAdmin().get("/api/v1/teachers/{id}", id).then().statusCode(200)
                .body("id", equalTo(id), "name", equalTo("张老师"), "subjects", contains("家庭教育", "书法 😀"),
                        "qualifications", contains("社区教育专干上岗证"), "phone", equalTo("+86 138-0013-8000"),
                        "createdAt", equalTo(created.path("createdAt")));

        Map<String, Object> minimal = Map.of("name", "李志愿者", "communityCode", code, "kind", "VOLUNTEER");
        asAdmin().body(minimal).post("/api/v1/teachers").then().statusCode(201)
                .body("subjects", equalTo(List.of()), "qualifications", equalTo(List.of()), "$", not(hasKey("phone")));
    }

    @Test
    void registersProviderStaffWithTheirProvider() {
        String code = community("清淮路社区");
        String providerId = asAdmin()
                .body(Map.of("name", "区社区学院", "type", "COMMUNITY_COLLEGE", "residentDiscountPercent", 20))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        Map<String, Object> body = teacherBody(code, "王讲师");
        body.put("kind", "PROVIDER_STAFF");
        body.put("providerId", providerId);
        asAdmin().body(body).post("/api/v1/teachers").then().statusCode(201)
                .body("kind", equalTo("PROVIDER_STAFF"), "providerId", equalTo(providerId));
    }

    @Test
    void thePhoneGoesOnlyToTheCommunitysStaffOfficersAndAdmins() {
        String code = community("清淮路社区");
        String other = community("新河路社区");
        String id = teacher(code, "张老师");

        for (String token : new String[]{TestTokens.staff(code), TestTokens.officer(), TestTokens.admin()}) {
            as(token).get("/api/v1/teachers/{id}", id).then().statusCode(200)
                    .body("phone", equalTo("+86 138-0013-8000"));
            as(token).queryParam("community", code).get("/api/v1/teachers").then().statusCode(200)
                    .body("total", equalTo(1), "items[0].phone", equalTo("+86 138-0013-8000"));
        }
        for (String token : new String[]{TestTokens.staff(other), TestTokens.resident("r-" + code)}) {
            as(token).get("/api/v1/teachers/{id}", id).then().statusCode(200)
                    .body("name", equalTo("张老师"), "$", not(hasKey("phone")));
            as(token).queryParam("community", code).get("/api/v1/teachers").then().statusCode(200)
                    .body("total", equalTo(1), "items[0].name", equalTo("张老师"), "items[0]", not(hasKey("phone")));
        }
        // The answer to a change follows the same rule: staff of both communities see it, the new one's staff alone too.
        as(TestTokens.staff(code, other)).body(teacherBody(other, "张老师")).put("/api/v1/teachers/{id}", id)
                .then().statusCode(200).body("phone", equalTo("+86 138-0013-8000"));
        as(TestTokens.staff(code)).get("/api/v1/teachers/{id}", id).then().body("$", not(hasKey("phone")));
        as(TestTokens.staff(other)).get("/api/v1/teachers/{id}", id).then().body("phone", equalTo("+86 138-0013-8000"));
    }

    @Test
    void searchesByCommunityKindAndNameSortedByNameThenId() {
        String code = community("清淮路社区");
        String zhang = teacher(code, "张老师");
        String zhangAgain = teacher(code, "张老师");
        String zhangWei = teacher(code, "张伟");
        Map<String, Object> volunteer = teacherBody(code, "陈志愿者");
        volunteer.put("kind", "VOLUNTEER");
        String chen = asAdmin().body(volunteer).post("/api/v1/teachers").then().statusCode(201).extract().path("id");
        teacher(community("新河路社区"), "张老师");

        // CJK characters sort by code point: 伟 (U+4F1F) before 老 (U+8001), 张 (U+5F20) before 陈 (U+9648).
        List<String> sameName = new ArrayList<>(List.of(zhang, zhangAgain));
        Collections.sort(sameName);
        as(TestTokens.resident("r-" + code)).queryParam("community", code).get("/api/v1/teachers")
                .then().statusCode(200)
                .body("total", equalTo(4), "items.id", contains(zhangWei, sameName.get(0), sameName.get(1), chen));
        as(TestTokens.resident("r-" + code)).queryParam("community", code).queryParam("size", 3).queryParam("page", 1)
                .get("/api/v1/teachers").then().statusCode(200)
                .body("total", equalTo(4), "page", equalTo(1), "size", equalTo(3), "items.id", contains(chen));

        asAdmin().queryParam("community", code).queryParam("q", " 张老 ").get("/api/v1/teachers").then()
                .body("total", equalTo(2), "items.id", contains(sameName.get(0), sameName.get(1)));
        asAdmin().queryParam("community", code).queryParam("kind", "VOLUNTEER").get("/api/v1/teachers").then()
                .body("total", equalTo(1), "items[0].id", equalTo(chen));
        asAdmin().queryParam("community", code).queryParam("q", "%").get("/api/v1/teachers").then().body("total", equalTo(0));
        asAdmin().queryParam("kind", "ASTRONAUT").get("/api/v1/teachers").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        asAdmin().queryParam("size", 0).get("/api/v1/teachers").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void replacesATeacherAndMovesItOnlyBetweenTheCallersCommunities() {
        String code = community("清淮路社区");
        String other = community("新河路社区");
        String id = teacher(code, "张老师");
        String updatedBefore = asAdmin().get("/api/v1/teachers/{id}", id).path("updatedAt");

        Map<String, Object> changed = teacherBody(code, "张老师（高级）");
        changed.put("kind", "INVITED");
        changed.put("subjects", List.of("合唱"));
        changed.remove("phone");
        as(TestTokens.staff(code)).body(changed).put("/api/v1/teachers/{id}", id).then().statusCode(200)
                .body("name", equalTo("张老师（高级）"), "kind", equalTo("INVITED"), "subjects", contains("合唱"),
                        "$", not(hasKey("phone")));
        String updatedAfter = asAdmin().get("/api/v1/teachers/{id}", id).then()
                .body("name", equalTo("张老师（高级）"), "$", not(hasKey("phone"))).extract().path("updatedAt");
        assertNotEquals(updatedBefore, updatedAfter);

        as(TestTokens.staff(code)).body(teacherBody(other, "搬走")).put("/api/v1/teachers/{id}", id)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        as(TestTokens.staff(other)).body(teacherBody(other, "搬走")).put("/api/v1/teachers/{id}", id)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        asAdmin().get("/api/v1/teachers/{id}", id).then().body("communityCode", equalTo(code), "name", equalTo("张老师（高级）"));

        as(TestTokens.officer()).body(teacherBody(other, "张老师")).put("/api/v1/teachers/{id}", id)
                .then().statusCode(200).body("communityCode", equalTo(other));
        asAdmin().body(teacherBody(other, "张老师")).put("/api/v1/teachers/{id}", "no-such-teacher").then().statusCode(404);
    }

    @Test
    void refusesInvalidTeachersNamingTheField() {
        String code = community("清淮路社区");
        Map<String, Object> providerStaff = teacherBody(code, "王讲师");
        providerStaff.put("kind", "PROVIDER_STAFF");
        refused(providerStaff, 400, "providerId");

        Map<String, Object> blankName = teacherBody(code, "   ");
        refused(blankName, 400, "name");
        refused(teacherBody(code, "张".repeat(101)), 400, "name");

        Map<String, Object> blankSubject = teacherBody(code, "张老师");
        blankSubject.put("subjects", List.of("书法", " "));
        refused(blankSubject, 400, "subjects[1]");
        Map<String, Object> longQualification = teacherBody(code, "张老师");
        longQualification.put("qualifications", List.of("证".repeat(101)));
        refused(longQualification, 400, "qualifications[0]");
        Map<String, Object> tooManySubjects = teacherBody(code, "张老师");
        tooManySubjects.put("subjects", Collections.nCopies(21, "书法"));
        refused(tooManySubjects, 400, "subjects");

        for (String phone : new String[]{"1234", "138 0013 8000 ext. 5", "123456789012345678901"}) {
            Map<String, Object> badPhone = teacherBody(code, "张老师");
            badPhone.put("phone", phone);
            refused(badPhone, 400, "phone");
        }
        Map<String, Object> unknownKind = teacherBody(code, "张老师");
        unknownKind.put("kind", "PRINCIPAL");
        refused(unknownKind, 400, "kind");
        Map<String, Object> numberAsName = teacherBody(code, "张老师");
        numberAsName.put("name", 42);
        refused(numberAsName, 400, "name");

        asAdmin().body(teacherBody("no-such-community", "张老师")).post("/api/v1/teachers")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("UNKNOWN_COMMUNITY"));
        Map<String, Object> unknownProvider = teacherBody(code, "张老师");
        unknownProvider.put("providerId", "00000000-0000-0000-0000-000000000000");
        asAdmin().body(unknownProvider).post("/api/v1/teachers")
                .then().statusCode(422).body("code", equalTo("UNKNOWN_PROVIDER"));

        asAdmin().queryParam("community", code).get("/api/v1/teachers").then().body("total", equalTo(0));
        asAdmin().get("/api/v1/teachers/{id}", "no-such-teacher").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheCommunitysStaffOfficersAndAdminsChangeTeachersAndDistrictSystemsReadNone() {
        String code = community("清淮路社区");
        String id = teacher(code, "张老师");

        given().get("/api/v1/teachers").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().get("/api/v1/teachers/{id}", id).then().statusCode(401);
        given().contentType("application/json").body(teacherBody(code, "匿名")).post("/api/v1/teachers").then().statusCode(401);
        given().contentType("application/json").body(teacherBody(code, "匿名")).put("/api/v1/teachers/{id}", id)
                .then().statusCode(401);

        String reader = TestTokens.statisticsReader();
        as(reader).get("/api/v1/teachers").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(reader).get("/api/v1/teachers/{id}", id).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        for (String token : new String[]{reader, TestTokens.resident("r-" + code)}) {
            as(token).body(teacherBody(code, "冒名")).post("/api/v1/teachers")
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            as(token).body(teacherBody(code, "冒名")).put("/api/v1/teachers/{id}", id)
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
        String otherStaff = TestTokens.staff("some-other-community");
        as(otherStaff).body(teacherBody(code, "冒名")).post("/api/v1/teachers")
                .then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        as(otherStaff).body(teacherBody(code, "冒名")).put("/api/v1/teachers/{id}", id)
                .then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));

        asAdmin().queryParam("community", code).get("/api/v1/teachers").then()
                .body("total", equalTo(1), "items[0].name", equalTo("张老师"));
    }

    private static void refused(Map<String, Object> body, int status, String field) {
        asAdmin().body(body).post("/api/v1/teachers").then().statusCode(status)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }
}
