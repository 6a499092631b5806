package io.communityedu.programmes;

import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.communityedu.localstack.Concurrently.inParallel;
import static io.communityedu.programmes.Ledgers.EXPENDITURES;
import static io.communityedu.programmes.Ledgers.PLAN;
import static io.communityedu.programmes.Ledgers.REVERSAL;
import static io.communityedu.programmes.Ledgers.book;
import static io.communityedu.programmes.Ledgers.cny;
import static io.communityedu.programmes.Ledgers.exact;
import static io.communityedu.programmes.Ledgers.expenditure;
import static io.communityedu.programmes.Ledgers.plan;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The budget is a hard limit whatever the concurrency: the plan row's lock in the database decides. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
@ExtendWith(ActingAsAdmin.class)
class LedgerConcurrencyTest {

    private static final BigDecimal AMOUNT = cny("123.45");

    @Test
    void fiftyParallelExpendituresAgainstABudgetForFortyBookFortyAndRefuseTen() throws Exception {
        String code = Fixtures.community("清淮路社区");
        BigDecimal budget = AMOUNT.multiply(BigDecimal.valueOf(40));
        plan(code, 2010, budget.toPlainString(), null);

        List<Response> answers = inParallel(Collections.nCopies(50, () -> exact()
                .body(expenditure("2010-09-01", "TEACHING", AMOUNT.toPlainString(), "清河区社区学院"))
                .post(EXPENDITURES, code, 2010)));

        assertEquals(Map.of(201, 40L, 422, 10L), answers.stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting())));
        answers.stream().filter(a -> a.statusCode() == 422)
                .forEach(a -> assertEquals("OVER_BUDGET", a.jsonPath().getString("code")));
        JsonPath ledger = exact().queryParam("size", 100).get(EXPENDITURES, code, 2010)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(40, ledger.getInt("total"));
        assertEquals(Collections.nCopies(40, AMOUNT), ledger.getList("items.amount"));
        assertEquals(cny("4938.00"), ledger.get("totals.spent"));
        assertEquals(budget, ledger.get("totals.spent"), "40 x 123.45 is the whole budget");
        assertEquals(cny("0.00"), ledger.get("totals.remaining"));
        assertEquals(budget, exact().get(PLAN, code, 2010).then().extract().jsonPath().get("spent"));
    }

    @Test
    void twentyParallelReversalsOfOneExpenditureBookOne() throws Exception {
        String code = Fixtures.community("清淮路社区");
        plan(code, 2010, "1000.00", null);
        String id = book(code, 2010, expenditure("2010-09-01", "VENUES", "500.00", "社区活动中心"));

        List<Integer> statuses = inParallel(Collections.nCopies(20, () -> exact().body(Map.of("reason", "退款"))
                .post(REVERSAL, code, 2010, id).statusCode()));

        assertEquals(Map.of(201, 1L, 409, 19L),
                statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())));
        exact().get(EXPENDITURES, code, 2010).then()
                .body("total", equalTo(2), "totals.spent", equalTo(cny("0.00")));
    }
}
