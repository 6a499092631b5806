package io.communityedu.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.localstack.EventContract;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every enrolment change reaches enrolment-events, in order per enrolment, with no personal data. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class EnrolmentEventsTest extends EnrolmentTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void publishesEachChangeInOrderPerEnrolmentWithPseudonymsOnly() throws Exception {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        session.certificateName = "结业证书";
        knownSession(session);
        String alice = given().contentType(ContentType.JSON)
                .body(Map.of("name", "王小明", "birthDate", "1990-04-01", "communityCode", community,
                        "phone", "13912345678", "groups", List.of()))
                .post("/api/v1/residents").then().statusCode(201).extract().path("id");
        String bob = resident(community, "李华", "1991-05-02");
        String first = enrol(alice, session.sessionId).path("id");
        String second = enrol(bob, session.sessionId).path("id");
        given().post("/api/v1/enrolments/{id}/cancel", first).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId, "date", "2010-07-05", "presentResidentIds", List.of(bob)))
                .post("/api/v1/attendance").then().statusCode(201);
        given().post("/api/v1/enrolments/{id}/complete", second).then().statusCode(200);

        try (TopicProbe probe = new TopicProbe(bootstrapServers, "enrolment-events")) {
            List<ConsumerRecord<String, String>> mine = await().atMost(Duration.ofSeconds(20)).until(
                    () -> probe.records().stream().filter(r -> r.key().equals(session.sessionId)).toList(),
                    records -> records.size() >= 6);

            assertEquals(List.of("EnrolmentConfirmed", "EnrolmentCancelled"), types(mine, first));
            assertEquals(List.of("EnrolmentWaitlisted", "EnrolmentPromoted", "EnrolmentCompleted"), types(mine, second));
            assertEquals(List.of("AttendanceRecorded"), types(mine, session.sessionId));

            EventContract contract = EventContract.load();
            mine.forEach(r -> contract.check(r.value()));
            for (ConsumerRecord<String, String> r : mine) {
                for (String personal : List.of("王小明", "李华", "13912345678", "1990-04-01", "1991-05-02", alice, bob)) {
                    assertFalse(r.value().contains(personal), "event carries personal data " + personal + ": " + r.value());
                }
            }

            JsonNode promoted = data(mine, second, "EnrolmentPromoted");
            assertEquals("WAITLISTED", promoted.get("previousStatus").asText());
            assertEquals("CONFIRMED", promoted.get("status").asText());
            assertEquals(1, promoted.get("placesTaken").asInt());
            assertEquals(community, promoted.get("residentCommunityCode").asText());
            assertEquals(2010, promoted.get("year").asInt());
            assertEquals(24, promoted.get("hours").asInt());
            JsonNode completed = data(mine, second, "EnrolmentCompleted");
            assertEquals(promoted.get("residentRef"), completed.get("residentRef"));
            assertNotEquals(data(mine, first, "EnrolmentConfirmed").get("residentRef"), completed.get("residentRef"));
            JsonNode attendance = data(mine, session.sessionId, "AttendanceRecorded");
            assertEquals(List.of(completed.get("residentRef").asText()),
                    JSON.convertValue(attendance.get("presentResidentRefs"), List.class));
        }
    }

    /** Types of the events about one enrolment (or, for attendance, the session), in the order read. */
    private static List<String> types(List<ConsumerRecord<String, String>> records, String id) {
        return about(records, id).map(e -> e.get("type").asText()).toList();
    }

    private static JsonNode data(List<ConsumerRecord<String, String>> records, String id, String type) {
        return about(records, id).filter(e -> e.get("type").asText().equals(type)).findFirst().orElseThrow().get("data");
    }

    private static java.util.stream.Stream<JsonNode> about(List<ConsumerRecord<String, String>> records, String id) {
        return records.stream().map(EnrolmentEventsTest::parse).filter(e -> id.equals(e.at("/data/enrolmentId").asText())
                || e.get("type").asText().equals("AttendanceRecorded") && id.equals(e.at("/data/sessionId").asText()));
    }

    private static JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
