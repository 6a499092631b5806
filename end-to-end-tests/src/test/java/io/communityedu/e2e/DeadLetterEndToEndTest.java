package io.communityedu.e2e;

import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged services create their topics (the broker auto-creates none), and a poison record in
 * programme-events is dead-lettered by each of its consumers, listed by each, and re-driven by one
 * without the other seeing it again.
 */
@ExtendWith(SuiteExtension.class)
class DeadLetterEndToEndTest {

    @Test
    void topicsAreCreatedByTheServicesAndTheBrokerCreatesNone(RunningSuite suite) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                suite.stack().kafka().bootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            assertTrue(topics.containsAll(Set.of("programme-events", "enrolment-events", "programme-events.DLT",
                    "enrolment-events.DLT")), topics.toString());
            for (String topic : List.of("programme-events", "enrolment-events")) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
                assertEquals("-1", config.get("retention.ms").value(), topic);
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.stack().kafka().bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000), new StringSerializer(), new StringSerializer())) {
            ExecutionException refused = assertThrows(ExecutionException.class, () ->
                    producer.send(new ProducerRecord<>("no-such-topic-" + UUID.randomUUID(), "k", "v")).get(10, TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof org.apache.kafka.common.errors.TimeoutException, refused.toString());
        }
    }

    @Test
    void aPoisonRecordIsDeadLetteredByEachConsumerAndReDrivenForOneOnly(RunningSuite suite) throws Exception {
        String poison = "not an event " + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.stack().kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("programme-events", "poison", poison)).get(10, TimeUnit.SECONDS);
        }
        URI enrolment = suite.enrolmentUri();
        URI reporting = suite.reportingUri();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertEquals(1, letters(enrolment, poison).size());
            assertEquals(1, letters(reporting, poison).size());
        });
        for (URI service : List.of(enrolment, reporting, suite.programmesUri())) {
            given().baseUri(service.toString()).get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"), "checks.find { it.name == 'Kafka broker' }.data.deadLettersWaiting",
                            notNullValue());
            given().baseUri(service.toString()).get("/admin/dead-letters").then().statusCode(401);
        }
        given().get("/admin/dead-letters").then().statusCode(404); // the gateway does not forward /admin

        String id = (String) letters(reporting, poison).get(0).get("id");
        admin(reporting).post("/admin/dead-letters/" + id + "/redrive").then().statusCode(200);
        // reporting-service tries the copy again and gives up again: a new letter; enrolment-service skips the copy.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Map<String, Object>> again = letters(reporting, poison);
            assertEquals(1, again.size());
            assertTrue(!id.equals(again.get(0).get("id")));
        });
        assertEquals(1, letters(enrolment, poison).size());
    }

    private static List<Map<String, Object>> letters(URI service, String value) {
        JsonPath page = admin(service).queryParam("size", 100).get("/admin/dead-letters")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(item -> value.equals(item.get("value"))).toList();
    }

    private static RequestSpecification admin(URI service) {
        return given().baseUri(service.toString()).header(new Header("Authorization", "Bearer " + Tokens.of(Tokens.ADMIN)));
    }
}
