package io.communityedu.reporting;

import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.ConsumerGroups;
import io.communityedu.localstack.EventPublisher;
import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.communityedu.reporting.CommunityReports.assertDistrict;
import static io.communityedu.reporting.CommunityReports.assertReport;
import static io.communityedu.reporting.CommunityReports.awaitDistrict;
import static io.communityedu.reporting.CommunityReports.awaitReport;
import static io.communityedu.reporting.CommunityReports.report;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
@ExtendWith(ActingAsAdmin.class)
class StatisticsTest {

    @Inject
    EntityManager em;

    EventPublisher publisher;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    @Test
    void theSeedScenarioAddsUpToTheNumbersCountedByHand() {
        SeedScenario scenario = new SeedScenario(2010);
        scenario.publishInOrder(publisher);

        awaitReport(scenario.ours, scenario.year, scenario.oursExpected(), Duration.ofSeconds(30));
        awaitReport(scenario.neighbour, scenario.year, scenario.neighbourExpected(), Duration.ofSeconds(30));
        awaitDistrict(scenario.year, scenario.districtExpected(), scenario.districtCsvExpected(), Duration.ofSeconds(30));
        given().get("/api/v1/statistics/communities/{code}/years/{year}", scenario.ours, scenario.year)
                .then().body("asOf", notNullValue());
    }

    @Test
    void duplicateAndOutOfOrderDeliveryChangesNothing() {
        SeedScenario scenario = new SeedScenario(2011);
        List<SeedScenario.Sent> shuffled = new ArrayList<>(scenario.events);
        Collections.shuffle(shuffled, new Random(20101));
        // Any order, later versions often first, and everything twice: snapshots and event ids make that harmless.
        shuffled.forEach(event -> publisher.send(event.topic(), event.key(), event.json()));
        Collections.reverse(shuffled);
        shuffled.forEach(event -> publisher.send(event.topic(), event.key(), event.json()));
        // And a third time under new event ids, which the inbox cannot recognise: the entities' ids and versions do.
        Collections.shuffle(shuffled, new Random(20102));
        shuffled.forEach(event -> {
            SeedScenario.Sent again = event.underNewEventId();
            publisher.send(again.topic(), again.key(), again.json());
        });

        awaitReport(scenario.ours, scenario.year, scenario.oursExpected(), Duration.ofSeconds(30));
        awaitReport(scenario.neighbour, scenario.year, scenario.neighbourExpected(), Duration.ofSeconds(30));
        awaitDistrict(scenario.year, scenario.districtExpected(), scenario.districtCsvExpected(), Duration.ofSeconds(30));

        scenario.publishInOrder(publisher); // the very same events once more, in order
        awaitCaughtUp();
        assertReport(scenario.oursExpected(), report(scenario.ours, scenario.year));
        assertReport(scenario.neighbourExpected(), report(scenario.neighbour, scenario.year));
        assertDistrict(scenario.year, scenario.districtExpected(), scenario.districtCsvExpected());
    }

    @Test
    void aRebuildFromTheTopicsGivesIdenticalNumbers() {
        SeedScenario scenario = new SeedScenario(2012);
        scenario.publishInOrder(publisher);
        awaitReport(scenario.ours, scenario.year, scenario.oursExpected(), Duration.ofSeconds(30));
        awaitCaughtUp();
        String community = report(scenario.ours, scenario.year).asString();
        String district = given().get("/api/v1/statistics/years/{year}", scenario.year).asString();

        // Damage the projections behind the service's back: only a real rebuild from the topics repairs this.
        QuarkusTransaction.requiringNew().run(() -> {
            for (String damage : List.of(
                    "UPDATE reported_programme SET confirmed = confirmed + 100, resident_savings = 0 WHERE community_code = ?1",
                    "UPDATE participant_count SET participants = 999 WHERE community_code = ?1",
                    "DELETE FROM reported_teacher WHERE community_code = ?1",
                    "DELETE FROM reported_staff_activity WHERE community_code = ?1",
                    "UPDATE reported_ledger_entry SET amount = amount + 1 WHERE community_code = ?1",
                    "DELETE FROM reported_budget_line WHERE community_code = ?1")) {
                em.createNativeQuery(damage).setParameter(1, scenario.ours).executeUpdate();
            }
        });
        report(scenario.ours, scenario.year).then().body("participants", equalTo(999),
                "staff.regularMeetingsHeld", equalTo(0), "funding.byCategory[0].budgeted", equalTo(0f));

        given().post("/admin/projections/rebuild").then().statusCode(202);
        awaitCaughtUp();

        assertEquals(community, report(scenario.ours, scenario.year).asString());
        assertEquals(district, given().get("/api/v1/statistics/years/{year}", scenario.year).asString());
        assertReport(scenario.oursExpected(), report(scenario.ours, scenario.year));
        assertDistrict(scenario.year, scenario.districtExpected(), scenario.districtCsvExpected());
        given().get("/admin/projections").then().statusCode(200).body("asOf", notNullValue());
    }

    @Test
    void aChangeShowsInTheStatisticsWithinTwoSeconds() {
        SeedScenario scenario = new SeedScenario(2013);
        scenario.publishInOrder(publisher);
        awaitReport(scenario.ours, scenario.year, scenario.oursExpected(), Duration.ofSeconds(30));

        Instant before = Instant.parse(report(scenario.ours, scenario.year).path("asOf"));
        publisher.publish(SeedScenario.PROGRAMME_TOPIC, scenario.ours, "PlanSet",
                Map.of("communityCode", scenario.ours, "year", scenario.year, "residentPopulation", 10,
                        "participationTargetPercent", 50, "featuredProgrammeTarget", 2, "budget", 150000.00, "version", 1));
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                report(scenario.ours, scenario.year).then()
                        .body("residentPopulation", equalTo(10), "participationRate", equalTo(0.5f)));
        assertTrue(Instant.parse(report(scenario.ours, scenario.year).path("asOf")).isAfter(before));
    }

    @Test
    void unknownCommunitiesAndYearsWithoutPlanAre404() {
        given().get("/api/v1/statistics/communities/{code}/years/{year}", "no-such-community", 2010)
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "detail", notNullValue());
        given().get("/api/v1/statistics/communities/{code}/years/{year}", "no-such-community", "twenty-ten")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/statistics/years/{year}", 1899)
                .then().statusCode(200).body("year", equalTo(1899), "communities.size()", equalTo(0));
    }

    private void awaitCaughtUp() {
        try (ConsumerGroups groups = new ConsumerGroups(bootstrapServers())) {
            groups.awaitCaughtUp("reporting-service", List.of(SeedScenario.PROGRAMME_TOPIC, SeedScenario.ENROLMENT_TOPIC),
                    Duration.ofSeconds(60));
        }
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
