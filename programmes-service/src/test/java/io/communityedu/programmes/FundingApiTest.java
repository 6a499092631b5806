package io.communityedu.programmes;

import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.communityedu.programmes.Ledgers.EXPENDITURE;
import static io.communityedu.programmes.Ledgers.EXPENDITURES;
import static io.communityedu.programmes.Ledgers.LINES;
import static io.communityedu.programmes.Ledgers.PLAN;
import static io.communityedu.programmes.Ledgers.REVERSAL;
import static io.communityedu.programmes.Ledgers.book;
import static io.communityedu.programmes.Ledgers.cny;
import static io.communityedu.programmes.Ledgers.exact;
import static io.communityedu.programmes.Ledgers.expenditure;
import static io.communityedu.programmes.Ledgers.line;
import static io.communityedu.programmes.Ledgers.plan;
import static io.communityedu.programmes.Ledgers.planBody;
import static io.communityedu.programmes.Ledgers.reverse;
import static io.communityedu.programmes.Ledgers.sixLines;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Budget lines and the ledger (API.md "The rest of the plan", funding): rules, refusals, money to the cent. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
@ExtendWith(ActingAsAdmin.class)
class FundingApiTest {

    private static final String PAYEE = "清河区社区学院";
    private static final String DESCRIPTION = "春季家长学校授课费（第一期）📚";

    @Test
    void splitsTheBudgetBooksAndReversesWithTotalsExactToTheCent() {
        String code = Fixtures.community("清淮路社区");
        exact().body(planBody("150000.00", sixLines())).put(PLAN, code, 2010)
                .then().statusCode(201)
                .body("regularMeetingsPlanned", equalTo(12), "budget", equalTo(cny("150000.00")),
                        "spent", equalTo(cny("0.00")),
                        "budgetLines.category", contains("TEACHING", "MATERIALS", "VENUES", "PUBLICITY",
                                "STAFF_DEVELOPMENT", "OTHER"),
                        "budgetLines.amount", contains(cny("60000.00"), cny("20000.00"), cny("25000.00"),
                                cny("10000.00"), cny("15000.00"), cny("20000.00")));
        String programmeId = Fixtures.programme(code, "家长学校");

        Map<String, Object> materials = expenditure("2010-02-15", "MATERIALS", "12345.67", "新华书店");
        String materialsId = book(code, 2010, materials);
        Map<String, Object> dime = expenditure("2010-03-01", "TEACHING", "0.10", PAYEE);
        dime.put("description", DESCRIPTION);
        var booked = exact().body(dime).post(EXPENDITURES, code, 2010).then().statusCode(201).extract();
        String dimeId = booked.path("id");
        assertTrue(booked.header("Location").endsWith("/api/v1/communities/" + code + "/plans/2010/expenditures/" + dimeId));
        Map<String, Object> twoDimes = expenditure("2010-03-02", "TEACHING", "0.20", PAYEE);
        twoDimes.put("programmeId", programmeId);
        String twoDimesId = exact().body(twoDimes).post(EXPENDITURES, code, 2010)
                .then().statusCode(201)
                .body("communityCode", equalTo(code), "year", equalTo(2010), "date", equalTo("2010-03-02"),
                        "category", equalTo("TEACHING"), "amount", equalTo(cny("0.20")), "payee", equalTo(PAYEE),
                        "programmeId", equalTo(programmeId), "reversalOf", nullValue(), "reversedBy", nullValue(),
                        "reason", nullValue())
                .extract().path("id");

        var reversed = exact().body(Map.of("reason", "重复记账，冲销")).post(REVERSAL, code, 2010, materialsId)
                .then().statusCode(201)
                .body("amount", equalTo(cny("-12345.67")), "category", equalTo("MATERIALS"),
                        "date", equalTo("2010-02-15"), "reversalOf", equalTo(materialsId),
                        "reason", equalTo("重复记账，冲销"), "payee", equalTo("新华书店"))
                .extract();
        String reversalId = reversed.path("id");
        assertTrue(reversed.header("Location").endsWith("/api/v1/communities/" + code + "/plans/2010/expenditures/"
                + reversalId), reversed.header("Location"));
        exact().get(EXPENDITURE, code, 2010, reversalId).then().statusCode(200).body("reversalOf", equalTo(materialsId));
        exact().get(EXPENDITURE, code, 2010, materialsId)
                .then().statusCode(200).body("reversedBy", equalTo(reversalId), "amount", equalTo(cny("12345.67")));
        exact().get(EXPENDITURE, code, 2010, dimeId)
                .then().statusCode(200).body("payee", equalTo(PAYEE), "description", equalTo(DESCRIPTION));

        JsonPath ledger = exact().get(EXPENDITURES, code, 2010).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(materialsId, reversalId, dimeId, twoDimesId), ledger.getList("items.id"),
                "by date, then as booked");
        assertEquals(4, ledger.getInt("total"));
        assertEquals(cny("150000.00"), ledger.get("totals.budget"));
        assertEquals(cny("0.30"), ledger.get("totals.spent"), "0.10 + 0.20 is 0.30 exactly");
        assertEquals(cny("149999.70"), ledger.get("totals.remaining"));
        assertEquals(List.of("TEACHING", "MATERIALS", "VENUES", "PUBLICITY", "STAFF_DEVELOPMENT", "OTHER"),
                ledger.getList("totals.byCategory.category"));
        assertEquals(List.of(cny("0.30"), cny("0.00"), cny("0.00"), cny("0.00"), cny("0.00"), cny("0.00")),
                ledger.getList("totals.byCategory.spent"));
        assertEquals(List.of(cny("60000.00"), cny("20000.00"), cny("25000.00"), cny("10000.00"), cny("15000.00"),
                cny("20000.00")), ledger.getList("totals.byCategory.budgeted"));
        String json = exact().get(EXPENDITURES, code, 2010).then().extract().asString();
        assertTrue(json.contains("\"spent\":0.30") && json.contains("\"amount\":-12345.67"), json);

        exact().get(PLAN, code, 2010)
                .then().statusCode(200).body("spent", equalTo(cny("0.30")), "budgetLines", hasSize(6));
        exact().get("/api/v1/communities/{code}/plans", code)
                .then().statusCode(200).body("items[0].spent", equalTo(cny("0.30")));
    }

    @Test
    void setsReplacesAndClearsTheSplitOfABudget() {
        String code = Fixtures.community("新河路社区");
        plan(code, 2010, "1000.00", null);
        exact().get(PLAN, code, 2010).then().body("budgetLines", hasSize(0), "regularMeetingsPlanned", equalTo(12));

        exact().body(Map.of("lines", List.of(line("VENUES", "400.00"), line("TEACHING", "600")))).put(LINES, code, 2010)
                .then().statusCode(200)
                .body("budgetLines.category", contains("TEACHING", "VENUES"),
                        "budgetLines.amount", contains(cny("600.00"), cny("400.00")), "budget", equalTo(cny("1000.00")));
        exact().body(Map.of("lines", List.of(line("TEACHING", "1000.00"), line("OTHER", "0.00")))).put(LINES, code, 2010)
                .then().statusCode(200).body("budgetLines.category", contains("TEACHING", "OTHER"));
        exact().body(Map.of("lines", List.of())).put(LINES, code, 2010)
                .then().statusCode(200).body("budgetLines", hasSize(0));

        // Without a split the budget changes freely; meetings planned are the plan's own.
        Map<String, Object> body = planBody("2000.00", null);
        body.put("regularMeetingsPlanned", 24);
        exact().body(body).put(PLAN, code, 2010).then().statusCode(200)
                .body("budget", equalTo(cny("2000.00")), "regularMeetingsPlanned", equalTo(24), "budgetLines", hasSize(0));
    }

    @Test
    void refusesSplitsThatDoNotFitAndKeepsThePlan() {
        String code = Fixtures.community("清淮路社区");
        plan(code, 2010, "1000.00", List.of(line("TEACHING", "600.00"), line("OTHER", "400.00")));

        exact().body(Map.of("lines", List.of(line("TEACHING", "600.00"), line("OTHER", "399.99")))).put(LINES, code, 2010)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("BUDGET_LINES_MISMATCH"), "errors.field", hasItem("lines"));
        exact().body(Map.of("lines", List.of(line("TEACHING", "500.00"), line("TEACHING", "500.00"))))
                .put(LINES, code, 2010)
                .then().statusCode(400).body("errors.field", contains("lines[1].category"));
        exact().body(Map.of("lines", List.of(line("TEACHING", "-1.00"), line("OTHER", "1001.00")))).put(LINES, code, 2010)
                .then().statusCode(400).body("errors.field", contains("lines[0].amount"));
        exact().body("{\"lines\": [{\"category\": \"TEACHING\", \"amount\": 999.995}, {\"category\": \"OTHER\", \"amount\": 0.005}]}")
                .put(LINES, code, 2010)
                .then().statusCode(400).body("errors.field", contains("lines[0].amount", "lines[1].amount"));
        exact().body(Map.of("lines", List.of(line("FOOD", "1000.00")))).put(LINES, code, 2010)
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].category"));
        exact().body(Map.of()).put(LINES, code, 2010).then().statusCode(400).body("errors[0].field", equalTo("lines"));

        // The plan's own PUT: a new budget needs a new split, and budgetLines follow the same rules.
        exact().body(planBody("1200.00", null)).put(PLAN, code, 2010)
                .then().statusCode(422).body("code", equalTo("BUDGET_LINES_MISMATCH"), "detail", containsString("budgetLines"));
        exact().body(planBody("1200.00", List.of(line("TEACHING", "600.00"), line("OTHER", "400.00")))).put(PLAN, code, 2010)
                .then().statusCode(422).body("code", equalTo("BUDGET_LINES_MISMATCH"), "errors.field", hasItem("budgetLines"));
        exact().body(planBody("1000.00", List.of(line("TEACHING", "500.00"), line("TEACHING", "500.00")))).put(PLAN, code, 2010)
                .then().statusCode(400).body("errors.field", contains("budgetLines[1].category"));
        exact().body(planBody("1000.00", List.of(line("TEACHING", "1000.001")))).put(PLAN, code, 2010)
                .then().statusCode(400).body("errors.field", contains("budgetLines[0].amount"));
        Map<String, Object> meetings = planBody("1000.00", null);
        meetings.put("regularMeetingsPlanned", -1);
        exact().body(meetings).put(PLAN, code, 2010).then().statusCode(400).body("errors.field", contains("regularMeetingsPlanned"));
        meetings.put("regularMeetingsPlanned", 1001);
        exact().body(meetings).put(PLAN, code, 2010).then().statusCode(400).body("errors.field", contains("regularMeetingsPlanned"));
        exact().body(planBody("1000000000000.00", null)).put(PLAN, code, 2010)
                .then().statusCode(400).body("errors.field", contains("budget"));

        exact().get(PLAN, code, 2010).then().statusCode(200)
                .body("budget", equalTo(cny("1000.00")), "budgetLines.amount", contains(cny("600.00"), cny("400.00")),
                        "residentPopulation", equalTo(12000));

        // The same budget keeps the split when the body carries none.
        Map<String, Object> sameBudget = planBody("1000.00", null);
        sameBudget.put("residentPopulation", 13000);
        exact().body(sameBudget).put(PLAN, code, 2010).then().statusCode(200)
                .body("residentPopulation", equalTo(13000), "budgetLines", hasSize(2));
        exact().body(planBody("1200.00", List.of(line("TEACHING", "800.00"), line("OTHER", "400.00")))).put(PLAN, code, 2010)
                .then().statusCode(200).body("budget", equalTo(cny("1200.00")), "budgetLines.amount",
                        contains(cny("800.00"), cny("400.00")));
    }

    @Test
    void refusesLoweringTheBudgetBelowWhatIsSpent() {
        String code = Fixtures.community("清淮路社区");
        plan(code, 2010, "1000.00", null);
        book(code, 2010, expenditure("2010-05-01", "VENUES", "700.00", "社区活动中心"));

        exact().body(planBody("699.99", null)).put(PLAN, code, 2010)
                .then().statusCode(409).body("code", equalTo("BUDGET_BELOW_SPENT"));
        exact().body(planBody("699.99", List.of(line("VENUES", "699.99")))).put(PLAN, code, 2010)
                .then().statusCode(409).body("code", equalTo("BUDGET_BELOW_SPENT"));
        exact().get(PLAN, code, 2010).then().body("budget", equalTo(cny("1000.00")), "budgetLines", hasSize(0));

        exact().body(planBody("700.00", null)).put(PLAN, code, 2010)
                .then().statusCode(200).body("budget", equalTo(cny("700.00")), "spent", equalTo(cny("700.00")));
    }

    @Test
    void refusesInvalidExpendituresWith400AndBooksNothing() {
        String code = Fixtures.community("清淮路社区");
        plan(code, 2010, "1000.00", null);

        Map<String, String> wrongFields = Map.of(
                "{\"date\": \"2010-03-01\", \"category\": \"TEACHING\", \"amount\": -1.00, \"payee\": \"甲\"}", "amount",
                "{\"date\": \"2010-03-01\", \"category\": \"TEACHING\", \"amount\": 0, \"payee\": \"甲\"}", "amount",
                "{\"date\": \"2010-03-01\", \"category\": \"TEACHING\", \"amount\": 1.005, \"payee\": \"甲\"}", "amount",
                "{\"date\": \"2010-03-01\", \"category\": \"TEACHING\", \"amount\": 1000000000000.00, \"payee\": \"甲\"}", "amount",
                "{\"date\": \"2011-01-01\", \"category\": \"TEACHING\", \"amount\": 1.00, \"payee\": \"甲\"}", "date",
                "{\"date\": \"2009-12-31\", \"category\": \"TEACHING\", \"amount\": 1.00, \"payee\": \"甲\"}", "date",
                "{\"category\": \"TEACHING\", \"amount\": 1.00, \"payee\": \"甲\"}", "date",
                "{\"date\": \"2010-03-01\", \"category\": \"TEACHING\", \"amount\": 1.00, \"payee\": \"  \"}", "payee",
                "{\"date\": \"2010-03-01\", \"category\": \"FOOD\", \"amount\": 1.00, \"payee\": \"甲\"}", "category",
                "{\"date\": \"2010-03-01\", \"category\": \"TEACHING\", \"amount\": \"1.00\", \"payee\": \"甲\"}", "amount");
        wrongFields.forEach((body, field) -> exact().body(body).post(EXPENDITURES, code, 2010)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains(field)));
        Map<String, Object> tooLong = expenditure("2010-03-01", "TEACHING", "1.00", "甲".repeat(201));
        tooLong.put("description", "乙".repeat(2001));
        exact().body(tooLong).post(EXPENDITURES, code, 2010)
                .then().statusCode(400).body("errors.field", contains("description", "payee"));

        exact().get(EXPENDITURES, code, 2010).then().statusCode(200)
                .body("total", equalTo(0), "totals.spent", equalTo(cny("0.00")));
    }

    @Test
    void refusesOverBudgetAndUnknownProgrammesAndBooksNothing() {
        String code = Fixtures.community("清淮路社区");
        plan(code, 2010, "100.00", null);
        String otherCommunity = Fixtures.community("新河路社区");
        String elsewhere = Fixtures.programme(otherCommunity, "别的社区的项目");
        Map<String, Object> nextYear = Fixtures.programmeBody(code, "明年的项目");
        nextYear.put("year", 2011);
        String later = given().contentType("application/json").body(nextYear).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");

        book(code, 2010, expenditure("2010-01-10", "TEACHING", "60.00", PAYEE));
        exact().body(expenditure("2010-01-11", "TEACHING", "40.01", PAYEE)).post(EXPENDITURES, code, 2010)
                .then().statusCode(422).body("code", equalTo("OVER_BUDGET"));
        for (String programmeId : new String[]{UUID.randomUUID().toString(), elsewhere, later}) {
            Map<String, Object> body = expenditure("2010-01-11", "TEACHING", "1.00", PAYEE);
            body.put("programmeId", programmeId);
            exact().body(body).post(EXPENDITURES, code, 2010)
                    .then().statusCode(422).body("code", equalTo("UNKNOWN_PROGRAMME"), "errors.field", contains("programmeId"));
        }
        exact().get(EXPENDITURES, code, 2010).then()
                .body("total", equalTo(1), "totals.spent", equalTo(cny("60.00")), "totals.remaining", equalTo(cny("40.00")));

        book(code, 2010, expenditure("2010-01-11", "MATERIALS", "40.00", PAYEE));
        exact().body(expenditure("2010-01-12", "MATERIALS", "0.01", PAYEE)).post(EXPENDITURES, code, 2010)
                .then().statusCode(422).body("code", equalTo("OVER_BUDGET"));
        exact().get(EXPENDITURES, code, 2010).then()
                .body("total", equalTo(2), "totals.spent", equalTo(cny("100.00")), "totals.remaining", equalTo(cny("0.00")));
    }

    @Test
    void reversesOnceAndNeverAReversal() {
        String code = Fixtures.community("清淮路社区");
        plan(code, 2010, "100.00", null);
        String first = book(code, 2010, expenditure("2010-06-01", "PUBLICITY", "60.00", "印刷厂"));
        String second = book(code, 2010, expenditure("2010-06-02", "PUBLICITY", "40.00", "印刷厂"));

        String reversal = exact().body(Map.of("reason", "退款", "date", "2010-12-31")).post(REVERSAL, code, 2010, first)
                .then().statusCode(201).body("date", equalTo("2010-12-31")).extract().path("id");
        exact().body(Map.of("reason", "再退一次")).post(REVERSAL, code, 2010, first)
                .then().statusCode(409).body("code", equalTo("ALREADY_REVERSED"));
        exact().body(Map.of("reason", "冲销冲销")).post(REVERSAL, code, 2010, reversal)
                .then().statusCode(422).body("code", equalTo("NOT_REVERSIBLE"));
        exact().body(Map.of("reason", "跨年", "date", "2011-01-01")).post(REVERSAL, code, 2010, second)
                .then().statusCode(400).body("errors.field", contains("date"));
        exact().body(Map.of("reason", " ")).post(REVERSAL, code, 2010, second)
                .then().statusCode(400).body("errors.field", contains("reason"));
        exact().body(Map.of("reason", "没有这笔")).post(REVERSAL, code, 2010, UUID.randomUUID().toString())
                .then().statusCode(404);

        exact().get(EXPENDITURE, code, 2010, second).then().body("reversedBy", nullValue());
        exact().get(EXPENDITURE, code, 2010, reversal).then().body("reversedBy", nullValue());
        exact().get(EXPENDITURES, code, 2010).then()
                .body("total", equalTo(3), "totals.spent", equalTo(cny("40.00")),
                        "items.findAll { it.reversalOf != null }.id", contains(reversal));

        // The money a reversal frees can be spent again.
        book(code, 2010, expenditure("2010-12-31", "OTHER", "60.00", "社区活动中心"));
        reverse(code, 2010, second, "活动取消");
        exact().get(EXPENDITURES, code, 2010).then().body("total", equalTo(5), "totals.spent", equalTo(cny("60.00")));
    }

    @Test
    void answersUnknownCommunitiesPlansAndEntriesWith404AndHasNoWayToChangeAnEntry() {
        String code = Fixtures.community("清淮路社区");
        Map<String, Object> body = expenditure("2010-03-01", "TEACHING", "1.00", PAYEE);
        exact().body(body).post(EXPENDITURES, "no-such-community", 2010).then().statusCode(404);
        exact().body(body).post(EXPENDITURES, code, 2010).then().statusCode(404);
        exact().get(EXPENDITURES, code, 2010).then().statusCode(404);
        exact().body(Map.of("lines", List.of())).put(LINES, code, 2010).then().statusCode(404);
        plan(code, 2010, "10.00", null);
        exact().get(EXPENDITURE, code, 2010, UUID.randomUUID().toString()).then().statusCode(404);
        String id = book(code, 2010, body);
        exact().get(EXPENDITURE, code, 2011, id).then().statusCode(404);

        // No such operation: 405, or 404 when JAX-RS tries the overlapping /api/v1/communities resource last.
        exact().body(expenditure("2010-03-01", "TEACHING", "5.00", PAYEE)).put(EXPENDITURE, code, 2010, id)
                .then().statusCode(oneOf(404, 405)).contentType("application/problem+json");
        exact().body(Map.of("amount", 5)).patch(EXPENDITURE, code, 2010, id).then().statusCode(oneOf(404, 405));
        exact().delete(EXPENDITURE, code, 2010, id).then().statusCode(oneOf(404, 405));
        exact().get(EXPENDITURES, code, 2010).then()
                .body("total", equalTo(1), "items.amount", everyItem(equalTo(cny("1.00"))));
    }
}
