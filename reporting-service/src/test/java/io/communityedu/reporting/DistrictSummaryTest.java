package io.communityedu.reporting;

import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.EventPublisher;
import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.communityedu.reporting.CommunityReports.assertDistrict;
import static io.communityedu.reporting.CommunityReports.awaitReport;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
@ExtendWith(ActingAsAdmin.class)
class DistrictSummaryTest {

    @Test
    void listsEveryCommunityWithAPlanAsJsonOrCsvWithTheSameNumbersAsTheCommunityReport() {
        SeedScenario scenario = publishedScenario(2040);

        given().get("/api/v1/statistics/years/{year}", scenario.year).then().statusCode(200).contentType("application/json");
        given().accept("text/csv").get("/api/v1/statistics/years/{year}", scenario.year)
                .then().statusCode(200).contentType(startsWith("text/csv"));
        assertDistrict(scenario.year, scenario.districtExpected(), scenario.districtCsvExpected());
    }

    @Test
    void answersIfNoneMatchWith304UntilTheNumbersChange() {
        SeedScenario scenario = publishedScenario(2050);
        String json = given().get("/api/v1/statistics/years/{year}", scenario.year)
                .then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        String csv = given().accept("text/csv").get("/api/v1/statistics/years/{year}", scenario.year)
                .then().statusCode(200).header("ETag", not(equalTo(json))).extract().header("ETag");
        String community = given().get("/api/v1/statistics/communities/{code}/years/{year}", scenario.ours, scenario.year)
                .then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", json).get("/api/v1/statistics/years/{year}", scenario.year)
                .then().statusCode(304).header("ETag", equalTo(json));
        given().header("If-None-Match", csv).accept("text/csv").get("/api/v1/statistics/years/{year}", scenario.year)
                .then().statusCode(304);
        given().header("If-None-Match", community)
                .get("/api/v1/statistics/communities/{code}/years/{year}", scenario.ours, scenario.year)
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get("/api/v1/statistics/years/{year}", scenario.year)
                .then().statusCode(200);

        try (EventPublisher publisher = new EventPublisher(bootstrapServers())) {
            publisher.publish(SeedScenario.PROGRAMME_TOPIC, scenario.ours, "PlanSet", Map.of("communityCode", scenario.ours,
                    "year", scenario.year, "residentPopulation", 9, "participationTargetPercent", 50,
                    "featuredProgrammeTarget", 2, "budget", 160000.00, "version", 1));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().header("If-None-Match", json).get("/api/v1/statistics/years/{year}", scenario.year)
                        .then().statusCode(200).header("ETag", not(equalTo(json))));
    }

    @Test
    void aNewExpenditureOrRegularMeetingChangesTheRowAndItsETag() {
        SeedScenario scenario = publishedScenario(2060);
        String row = "communities.find { it.communityCode == '%s' }.".formatted(scenario.ours);
        String json = given().get("/api/v1/statistics/years/{year}", scenario.year).then().statusCode(200)
                .body(row + "spent", equalTo(29200.78f), row + "regularMeetingsHeld", equalTo(10)).extract().header("ETag");
        String csv = given().accept("text/csv").get("/api/v1/statistics/years/{year}", scenario.year)
                .then().statusCode(200).extract().header("ETag");

        try (EventPublisher publisher = new EventPublisher(bootstrapServers())) {
            publisher.publish(SeedScenario.PROGRAMME_TOPIC, scenario.ours, "ExpenditureBooked", Map.of(
                    "entryId", UUID.randomUUID().toString(), "communityCode", scenario.ours, "year", scenario.year,
                    "date", scenario.year + "-11-02", "category", "MATERIALS", "amount", new BigDecimal("0.22")));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().header("If-None-Match", json).get("/api/v1/statistics/years/{year}", scenario.year)
                        .then().statusCode(200).header("ETag", not(equalTo(json))).body(row + "spent", equalTo(29201.00f)));
        String afterExpenditure = given().accept("text/csv").header("If-None-Match", csv)
                .get("/api/v1/statistics/years/{year}", scenario.year)
                .then().statusCode(200).header("ETag", not(equalTo(csv))).extract().header("ETag");

        try (EventPublisher publisher = new EventPublisher(bootstrapServers())) {
            publisher.publish(SeedScenario.PROGRAMME_TOPIC, scenario.ours, "StaffActivityRecorded", Map.of(
                    "activityId", UUID.randomUUID().toString(), "communityCode", scenario.ours, "year", scenario.year,
                    "date", scenario.year + "-11-10", "kind", "REGULAR_MEETING", "attendeeTeacherIds", List.of()));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String body = given().accept("text/csv").header("If-None-Match", afterExpenditure)
                    .get("/api/v1/statistics/years/{year}", scenario.year)
                    .then().statusCode(200).header("ETag", not(equalTo(afterExpenditure))).extract().asString();
            assertTrue(body.contains(scenario.ours + ",9,5,0.5556,true,2,150000.00,true,29201.00,11\r\n"), body);
        });
    }

    @Test
    void refusesMediaTypesItCannotWriteWithProblemJson() {
        given().accept("application/xml").get("/api/v1/statistics/years/{year}", 2020)
                .then().statusCode(406).contentType("application/problem+json");
    }

    private static SeedScenario publishedScenario(int year) {
        SeedScenario scenario = new SeedScenario(year);
        try (EventPublisher publisher = new EventPublisher(bootstrapServers())) {
            scenario.publishInOrder(publisher);
        }
        awaitReport(scenario.ours, scenario.year, scenario.oursExpected(), Duration.ofSeconds(30));
        awaitReport(scenario.neighbour, scenario.year, scenario.neighbourExpected(), Duration.ofSeconds(30));
        return scenario;
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
