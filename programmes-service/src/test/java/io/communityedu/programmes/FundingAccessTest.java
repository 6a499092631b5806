package io.communityedu.programmes;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.communityedu.programmes.Fixtures.uniqueCode;
import static io.communityedu.programmes.Ledgers.EXPENDITURE;
import static io.communityedu.programmes.Ledgers.EXPENDITURES;
import static io.communityedu.programmes.Ledgers.LINES;
import static io.communityedu.programmes.Ledgers.PLAN;
import static io.communityedu.programmes.Ledgers.REVERSAL;
import static io.communityedu.programmes.Ledgers.cny;
import static io.communityedu.programmes.Ledgers.expenditure;
import static io.communityedu.programmes.Ledgers.line;
import static io.communityedu.programmes.Ledgers.planBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Funding is for staff of the community, officers and admins; the plan itself stays public. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
class FundingAccessTest {

    private String code;
    private String entryId;

    @BeforeEach
    void aPlanWithOneExpenditure() {
        code = uniqueCode("funding");
        as(TestTokens.officer()).body(Map.of("code", code, "name", "清淮路社区", "district", "清河区"))
                .post("/api/v1/communities").then().statusCode(201);
        as(TestTokens.officer()).body(planBody("1000.00", null)).put(PLAN, code, 2010).then().statusCode(201);
        entryId = as(TestTokens.officer()).body(expenditure("2010-03-01", "TEACHING", "100.00", "清河区社区学院"))
                .post(EXPENDITURES, code, 2010).then().statusCode(201).extract().path("id");
    }

    /** Every funding operation, each as it would change something if allowed. */
    private List<Function<RequestSpecification, Response>> operations() {
        return List.of(
                r -> r.body(Map.of("lines", List.of(line("TEACHING", "1000.00")))).put(LINES, code, 2010),
                r -> r.body(expenditure("2010-03-02", "MATERIALS", "1.00", "新华书店")).post(EXPENDITURES, code, 2010),
                r -> r.body(Map.of("reason", "冲销")).post(REVERSAL, code, 2010, entryId),
                r -> r.get(EXPENDITURES, code, 2010),
                r -> r.get(EXPENDITURE, code, 2010, entryId));
    }

    @Test
    void withoutATokenEveryOperationIs401AndChangesNothing() {
        String[] invalid = {null, TestTokens.as("officer").roles("district-officer").expired().sign()};
        for (String token : invalid) {
            for (Function<RequestSpecification, Response> operation : operations()) {
                RequestSpecification request = token == null ? given().contentType(ContentType.JSON) : as(token);
                operation.apply(request).then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", startsWith("Bearer"));
            }
        }
        assertUnchanged();
    }

    @Test
    void residentsAndDistrictSystemsAre403() {
        for (String token : new String[]{TestTokens.resident("r-" + code), TestTokens.statisticsReader()}) {
            for (Function<RequestSpecification, Response> operation : operations()) {
                operation.apply(as(token)).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            }
        }
        assertUnchanged();
    }

    @Test
    void staffOfAnotherCommunityAre403() {
        String other = TestTokens.staff("some-other-community");
        for (Function<RequestSpecification, Response> operation : operations()) {
            operation.apply(as(other)).then().statusCode(403).body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        }
        assertUnchanged();
    }

    @Test
    void staffOfTheCommunityOfficersAndAdminsMay() {
        String staff = TestTokens.staff("x-" + code, code);
        List<Integer> expected = List.of(200, 201, 201, 200, 200);
        List<Function<RequestSpecification, Response>> operations = operations();
        for (int i = 0; i < operations.size(); i++) {
            operations.get(i).apply(as(staff)).then().statusCode(expected.get(i));
        }
        as(TestTokens.officer()).get(EXPENDITURES, code, 2010).then().statusCode(200).body("total", equalTo(3));
        as(TestTokens.admin()).get(EXPENDITURE, code, 2010, entryId).then().statusCode(200);
    }

    @Test
    void thePlanStaysPubliclyReadable() {
        given().config(Ledgers.EXACT).get(PLAN, code, 2010).then().statusCode(200)
                .body("budget", equalTo(cny("1000.00")), "spent", equalTo(cny("100.00")),
                        "regularMeetingsPlanned", equalTo(12), "budgetLines", hasSize(0));
        given().get("/api/v1/communities/{code}/plans", code).then().statusCode(200).body("total", equalTo(1));
    }

    private void assertUnchanged() {
        as(TestTokens.officer()).config(Ledgers.EXACT).get(EXPENDITURES, code, 2010).then().statusCode(200)
                .body("total", equalTo(1), "totals.spent", equalTo(cny("100.00")));
        as(TestTokens.officer()).get(EXPENDITURE, code, 2010, entryId).then().body("reversedBy", nullValue());
        given().get(PLAN, code, 2010).then().body("budgetLines", hasSize(0));
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
