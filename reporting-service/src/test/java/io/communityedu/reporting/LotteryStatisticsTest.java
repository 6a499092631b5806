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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.communityedu.reporting.CommunityReports.assertReport;
import static io.communityedu.reporting.CommunityReports.awaitReport;
import static io.communityedu.reporting.CommunityReports.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Applications, the draw and offers of freed places in the community-year report (issue 15). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
@ExtendWith(ActingAsAdmin.class)
class LotteryStatisticsTest {

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
    void aLotteryAddsUpToTheNumbersCountedByHand() {
        LotteryScenario scenario = new LotteryScenario(2050);
        scenario.publishInOrder(publisher);

        awaitReport(scenario.community, scenario.year, scenario.expected(), Duration.ofSeconds(30));
    }

    @Test
    void duplicateAndOutOfOrderDeliveryChangesNothing() {
        LotteryScenario scenario = new LotteryScenario(2051);
        List<SeedScenario.Sent> shuffled = new ArrayList<>(scenario.events);
        // Any order (an acceptance before its offer, an expiry before the draw), and everything twice.
        Collections.shuffle(shuffled, new Random(20501));
        shuffled.forEach(event -> publisher.send(event.topic(), event.key(), event.json()));
        Collections.reverse(shuffled);
        shuffled.forEach(event -> publisher.send(event.topic(), event.key(), event.json()));
        // And a third time under new event ids: the enrolments' ids and versions recognise them.
        Collections.shuffle(shuffled, new Random(20502));
        shuffled.forEach(event -> {
            SeedScenario.Sent again = event.underNewEventId();
            publisher.send(again.topic(), again.key(), again.json());
        });

        awaitReport(scenario.community, scenario.year, scenario.expected(), Duration.ofSeconds(30));

        scenario.publishInOrder(publisher); // the very same events once more, in order
        awaitCaughtUp();
        assertReport(scenario.expected(), report(scenario.community, scenario.year));
    }

    @Test
    void aRebuildRecountsApplicationsAndOffers() {
        LotteryScenario scenario = new LotteryScenario(2052);
        scenario.publishInOrder(publisher);
        awaitReport(scenario.community, scenario.year, scenario.expected(), Duration.ofSeconds(30));
        awaitCaughtUp();

        // Damage the new tallies behind the service's back: only a rebuild from the topics repairs this.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE reported_programme SET applied = applied + 100, offered = offered + 100,
                               declined = declined + 100, expired = expired + 100
                        WHERE community_code = ?1""")
                .setParameter(1, scenario.community).executeUpdate());
        report(scenario.community, scenario.year).then().body("enrolments.applied", equalTo(102),
                "enrolments.offered", equalTo(101), "enrolments.declined", equalTo(101),
                "enrolments.expired", equalTo(101));

        given().post("/admin/projections/rebuild").then().statusCode(202);
        awaitCaughtUp();

        assertReport(scenario.expected(), report(scenario.community, scenario.year));
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
