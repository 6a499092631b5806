package io.communityedu.programmes;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Plans with budgets and ledger entries for the funding tests, through the public API. */
final class Ledgers {

    static final String PLAN = "/api/v1/communities/{code}/plans/{year}";
    static final String LINES = PLAN + "/budget-lines";
    static final String EXPENDITURES = PLAN + "/expenditures";
    static final String EXPENDITURE = EXPENDITURES + "/{id}";
    static final String REVERSAL = EXPENDITURE + "/reversal";

    /** Decimals read back as BigDecimal, so that equalTo(new BigDecimal("0.30")) checks value and scale. */
    static final RestAssuredConfig EXACT = RestAssured.config().jsonConfig(
            JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private Ledgers() {
    }

    /** A request whose decimals come back exact; the caller's token is added by ActingAsAdmin or the test. */
    static RequestSpecification exact() {
        return given().config(EXACT).contentType(ContentType.JSON);
    }

    static BigDecimal cny(String amount) {
        return new BigDecimal(amount);
    }

    static Map<String, Object> line(String category, String amount) {
        return Map.of("category", category, "amount", cny(amount));
    }

    /** 150,000.00 over all six categories, listed out of category order. */
    static List<Map<String, Object>> sixLines() {
        return List.of(line("OTHER", "20000.00"), line("TEACHING", "60000.00"), line("MATERIALS", "20000.00"),
                line("VENUES", "25000.00"), line("PUBLICITY", "10000.00"), line("STAFF_DEVELOPMENT", "15000.00"));
    }

    static Map<String, Object> planBody(String budget, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("residentPopulation", 12000);
        body.put("participationTargetPercent", 50);
        body.put("featuredProgrammeTarget", 2);
        body.put("budget", cny(budget));
        if (lines != null) {
            body.put("budgetLines", lines);
        }
        return body;
    }

    static void plan(String code, int year, String budget, List<Map<String, Object>> lines) {
        exact().body(planBody(budget, lines)).put(PLAN, code, year).then().statusCode(201);
    }

    static Map<String, Object> expenditure(String date, String category, String amount, String payee) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("category", category);
        body.put("amount", cny(amount));
        body.put("payee", payee);
        return body;
    }

    static String book(String code, int year, Map<String, Object> body) {
        return exact().body(body).post(EXPENDITURES, code, year).then().statusCode(201).extract().path("id");
    }

    static String reverse(String code, int year, String id, String reason) {
        return exact().body(Map.of("reason", reason)).post(REVERSAL, code, year, id)
                .then().statusCode(201).extract().path("id");
    }
}
