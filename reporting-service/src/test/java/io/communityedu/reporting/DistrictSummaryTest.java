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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
@ExtendWith(ActingAsAdmin.class)
class DistrictSummaryTest {

    @Test
    void listsEveryCommunityWithAPlanAsJsonOrCsvWithTheSameNumbersAsTheCommunityReport() {
        SeedScenario scenario = publishedScenario(2040);
        String first = scenario.ours.compareTo(scenario.neighbour) < 0 ? scenario.ours : scenario.neighbour;

        given().get("/api/v1/statistics/years/{year}", scenario.year)
                .then().statusCode(200).contentType("application/json")
                .body("year", equalTo(2040),
                        "communities.communityCode", equalTo(List.of(first, first.equals(scenario.ours) ? scenario.neighbour : scenario.ours)),
                        "communities.find { it.communityCode == '%s' }.participants".formatted(scenario.ours), equalTo(5),
                        "communities.find { it.communityCode == '%s' }.participationRate".formatted(scenario.ours), equalTo(0.5556f),
                        "communities.find { it.communityCode == '%s' }.participationTargetMet".formatted(scenario.ours), equalTo(true),
                        "communities.find { it.communityCode == '%s' }.featuredProgrammes".formatted(scenario.ours), equalTo(2),
                        "communities.find { it.communityCode == '%s' }.budgetIncreased".formatted(scenario.ours), equalTo(true),
                        "communities.find { it.communityCode == '%s' }.budgetIncreased".formatted(scenario.neighbour), nullValue());

        String csv = given().accept("text/csv").get("/api/v1/statistics/years/{year}", scenario.year)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String oursRow = scenario.ours + ",9,5,0.5556,true,2,150000.00,true";
        String neighbourRow = scenario.neighbour + ",5,1,0.2000,false,0,80000.00,";
        assertEquals("communityCode,residentPopulation,participants,participationRate,participationTargetMet,"
                + "featuredProgrammes,budget,budgetIncreased\r\n"
                + (first.equals(scenario.ours) ? oursRow + "\r\n" + neighbourRow : neighbourRow + "\r\n" + oursRow) + "\r\n", csv);
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
    void refusesMediaTypesItCannotWriteWithProblemJson() {
        given().accept("application/xml").get("/api/v1/statistics/years/{year}", 2020)
                .then().statusCode(406).contentType("application/problem+json");
    }

    private static SeedScenario publishedScenario(int year) {
        SeedScenario scenario = new SeedScenario(year);
        try (EventPublisher publisher = new EventPublisher(bootstrapServers())) {
            scenario.publishInOrder(publisher);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/statistics/communities/{code}/years/{year}", scenario.ours, scenario.year)
                        .then().statusCode(200).body("enrolments.completed", equalTo(3),
                                "byStrand[2].learnerHours", equalTo(8), "featuredProgrammes", equalTo(2)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/statistics/communities/{code}/years/{year}", scenario.neighbour, scenario.year)
                        .then().statusCode(200).body("participants", equalTo(1), "enrolments.confirmed", equalTo(2)));
        return scenario;
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
