package io.communityedu.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.EventPublisher;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.communityedu.reporting.CommunityReports.assertReport;
import static io.communityedu.reporting.CommunityReports.awaitReport;
import static io.communityedu.reporting.CommunityReports.report;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Poison events in the middle of the seed scenario: a malformed record, an envelope of a schema
 * version reporting-service does not support, and an event whose handler throws. Each is tried a
 * few times, moved to its topic's dead-letter topic, and everything else is applied in order.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
@ExtendWith(ActingAsAdmin.class)
class DeadLetterTest {

    private static final String DLT_PROGRAMMES = SeedScenario.PROGRAMME_TOPIC + ".DLT";
    private static final String DLT_ENROLMENTS = SeedScenario.ENROLMENT_TOPIC + ".DLT";

    @Inject
    ObjectMapper mapper;

    @Test
    void poisonEventsAreDeadLetteredAndEverythingElseIsApplied() throws Exception {
        SeedScenario scenario = new SeedScenario(2030);
        String marker = UUID.randomUUID().toString();
        String malformed = "{\"eventId\": \"" + marker + "\", \"type\": \"PlanSet\", \"data\": {\"communityCode\": ";
        // Would set our population to 1 if it were applied: the statistics would show it.
        ObjectNode futureVersion = (ObjectNode) mapper.readTree(EventPublisher.envelope("PlanSet", Map.of(
                "communityCode", scenario.ours, "year", scenario.year, "residentPopulation", 1,
                "participationTargetPercent", 50, "featuredProgrammeTarget", 2, "budget", 1, "version", 99)));
        futureVersion.put("schemaVersion", 2);
        SeedScenario.Sent anEnrolment = scenario.events.stream()
                .filter(event -> event.topic().equals(SeedScenario.ENROLMENT_TOPIC)).findFirst().orElseThrow();
        ObjectNode unreadable = (ObjectNode) mapper.readTree(anEnrolment.json());
        unreadable.put("eventId", UUID.randomUUID().toString());
        ((ObjectNode) unreadable.get("data")).put("year", "twenty-thirty").put("enrolmentId", marker);
        Map<String, String> poison = Map.of(
                malformed, SeedScenario.PROGRAMME_TOPIC,
                mapper.writeValueAsString(futureVersion), SeedScenario.PROGRAMME_TOPIC,
                mapper.writeValueAsString(unreadable), SeedScenario.ENROLMENT_TOPIC);

        try (KafkaProducer<String, String> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            int middle = scenario.events.size() / 2;
            for (int i = 0; i < scenario.events.size(); i++) {
                if (i == middle) {
                    // Same keys as the scenario's own events: same partitions, so they queue behind the poison.
                    raw.send(new ProducerRecord<>(SeedScenario.PROGRAMME_TOPIC, scenario.ours, malformed)).get();
                    raw.send(new ProducerRecord<>(SeedScenario.PROGRAMME_TOPIC, scenario.ours,
                            mapper.writeValueAsString(futureVersion))).get();
                    raw.send(new ProducerRecord<>(SeedScenario.ENROLMENT_TOPIC, anEnrolment.key(),
                            mapper.writeValueAsString(unreadable))).get();
                }
                SeedScenario.Sent event = scenario.events.get(i);
                raw.send(new ProducerRecord<>(event.topic(), event.key(), event.json())).get();
            }
        }

        awaitReport(scenario.ours, scenario.year, scenario.oursExpected(), Duration.ofSeconds(60));
        awaitReport(scenario.neighbour, scenario.year, scenario.neighbourExpected(), Duration.ofSeconds(60));

        // In the dead-letter topics: same key, the original value, the failure and the original position in headers.
        List<ConsumerRecord<String, String>> letters = awaitLetters(poison.keySet());
        assertEquals(3, letters.size());
        for (ConsumerRecord<String, String> letter : letters) {
            String originalTopic = poison.get(letter.value());
            assertEquals(originalTopic + ".DLT", letter.topic());
            assertEquals(originalTopic, header(letter, "dlt-original-topic"));
            assertEquals("reporting-service", header(letter, "dlt-consumer-group"));
            assertEquals("5", header(letter, "dlt-attempts"));
            assertNotNull(header(letter, "dlt-error-class"));
            assertFalse(header(letter, "dlt-error-message").isBlank());
            assertTrue(Long.parseLong(header(letter, "dlt-original-offset")) >= 0);
            assertTrue(Integer.parseInt(header(letter, "dlt-original-partition")) >= 0);
            assertTrue(Long.parseLong(header(letter, "dlt-original-timestamp")) > 0);
            assertNotNull(letter.key());
        }
        assertEquals(Set.of("com.fasterxml.jackson.core.io.JsonEOFException",
                        "io.communityedu.support.inbox.UnsupportedEventException",
                        "com.fasterxml.jackson.databind.exc.MismatchedInputException"),
                letters.stream().map(letter -> header(letter, "dlt-error-class")).collect(Collectors.toSet()));

        // Listed for operators, counted by readiness (still UP) and by the metric.
        List<Map<String, Object>> listed = ours(poison.keySet());
        assertEquals(3, listed.size());
        Map<String, Object> first = listed.get(0);
        assertTrue(((String) first.get("id")).matches("[a-z-]+\\.DLT/\\d+/\\d+"), (String) first.get("id"));
        assertEquals(5, first.get("attempts"));
        assertNotNull(first.get("errorClass"));
        assertNotNull(first.get("originalOffset"));
        assertNotNull(first.get("ageSeconds"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"),
                "checks.find { it.name == 'Kafka broker' }.data.deadLettersWaiting", greaterThanOrEqualTo(3));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("dead_letters_waiting{topic=\"programme-events\"}"), metrics);
        assertTrue(metrics.contains("dead_letters_waiting{topic=\"enrolment-events\"}"), metrics);

        // Only admins see them; an unknown id is a problem+json 404.
        given().header("Authorization", "Bearer " + TestTokens.statisticsReader()).get("/admin/dead-letters")
                .then().statusCode(403);
        admin().post("/admin/dead-letters/programme-events.DLT/0/987654321/redrive")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));

        // Re-driven: it leaves the list; still poison, so it comes back as a new letter, and the numbers do not move.
        String id = (String) listed.stream().filter(letter -> malformed.equals(letter.get("value"))).findFirst()
                .orElseThrow().get("id");
        admin().post("/admin/dead-letters/" + id + "/redrive").then().statusCode(200).body("id", equalTo(id));
        assertTrue(ours(poison.keySet()).stream().noneMatch(letter -> id.equals(letter.get("id"))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> again = ours(Set.of(malformed));
            assertEquals(1, again.size());
            assertNotEquals(id, again.get(0).get("id"));
        });
        assertReport(scenario.oursExpected(), report(scenario.ours, scenario.year));
    }

    private List<ConsumerRecord<String, String>> awaitLetters(Set<String> values) {
        try (TopicProbe programmes = new TopicProbe(bootstrapServers(), DLT_PROGRAMMES);
             TopicProbe enrolments = new TopicProbe(bootstrapServers(), DLT_ENROLMENTS)) {
            return await().atMost(Duration.ofSeconds(30)).until(() -> {
                List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
                programmes.records().stream().filter(r -> values.contains(r.value())).forEach(found::add);
                enrolments.records().stream().filter(r -> values.contains(r.value())).forEach(found::add);
                return found;
            }, found -> found.size() >= values.size());
        }
    }

    private List<Map<String, Object>> ours(Set<String> values) {
        JsonPath page = admin().queryParam("size", 100).get("/admin/dead-letters")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(item -> values.contains(item.get("value"))).toList();
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + TestTokens.admin());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
