package io.communityedu.programmes;

import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.InjectLocalStack;
import io.communityedu.localstack.LocalStack;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TopicProbe;
import io.communityedu.support.outbox.OutboxStore;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.communityedu.programmes.Fixtures.programmeBody;
import static io.communityedu.programmes.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The outbox loses nothing while Kafka is down: writes succeed, events wait, and all arrive once it is back. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
@ExtendWith(ActingAsAdmin.class)
class OutboxDeliveryTest {

    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\":\"([0-9a-f-]{36})\"");

    @InjectLocalStack
    LocalStack stack;

    @Inject
    OutboxStore outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void eventsWrittenWhileKafkaIsDownArriveWhenItComesBack() {
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.countPending() == 0);
        String code = uniqueCode("offline");
        String programmeId;
        stack.kafka().stop();
        try {
            given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "断网社区"))
                    .post("/api/v1/communities").then().statusCode(201);
            given().contentType(ContentType.JSON)
                    .body(Map.of("residentPopulation", 800, "participationTargetPercent", 50,
                            "featuredProgrammeTarget", 2, "budget", 5000))
                    .put("/api/v1/communities/{code}/plans/{year}", code, 2010).then().statusCode(201);
            programmeId = given().contentType(ContentType.JSON).body(programmeBody(code, "离线也能报名"))
                    .post("/api/v1/programmes").then().statusCode(201).extract().path("id");

            await().atMost(Duration.ofSeconds(30)).until(() ->
                    given().get("/q/health/ready").statusCode() == 503);
            assertEquals(6, outbox.countPending(), "the three events and the three requests' audit entries wait in the outbox");
        } finally {
            stack.kafka().start();
        }

        try (TopicProbe probe = new TopicProbe(bootstrapServers, "programme-events")) {
            List<ConsumerRecord<String, String>> mine = await().atMost(Duration.ofSeconds(60)).until(
                    () -> probe.records().stream()
                            .filter(r -> r.key().equals(code) || r.key().equals(programmeId)).toList(),
                    records -> records.size() >= 3);
            // Order holds per key (partition): the community's two events, then the programme's own.
            assertEquals(List.of("CommunityRegistered", "PlanSet"),
                    mine.stream().filter(r -> r.key().equals(code)).map(r -> type(r.value())).toList());
            assertEquals(List.of("ProgrammeCreated"),
                    mine.stream().filter(r -> r.key().equals(programmeId)).map(r -> type(r.value())).toList());
            Set<String> ids = mine.stream().map(r -> eventId(r.value())).collect(Collectors.toSet());
            assertEquals(3, ids.size(), "three distinct events, none lost");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.countPending() == 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    private static String type(String json) {
        return json.replaceAll(".*\"type\":\"(\\w+)\".*", "$1");
    }

    private static String eventId(String json) {
        Matcher m = EVENT_ID.matcher(json);
        return m.find() ? m.group(1) : "";
    }
}
