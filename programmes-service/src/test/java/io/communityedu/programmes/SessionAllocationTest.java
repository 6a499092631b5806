package io.communityedu.programmes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.EventContract;
import io.communityedu.localstack.EventPublisher;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.communityedu.programmes.Fixtures.community;
import static io.communityedu.programmes.Fixtures.programme;
import static io.communityedu.programmes.Fixtures.sessionBody;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a session's places are given (first come or lottery) and how long a freed place stays offered. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
@ExtendWith(ActingAsAdmin.class)
class SessionAllocationTest {

    private static final String CLOSES = "2010-07-01T00:00:00Z";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper mapper;

    private TopicProbe probe;

    @BeforeEach
    void subscribe() {
        probe = new TopicProbe(bootstrapServers, "programme-events");
    }

    @AfterEach
    void close() {
        probe.close();
    }

    @Test
    void aLotterySessionAndItsEventsCarryAllocationAndOfferHours() {
        String programmeId = programme(community("抽签社区"), "暑期游泳班");
        Map<String, Object> body = lottery(48);
        String id = given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(201)
                .body("allocation", equalTo("LOTTERY"), "offerHours", equalTo(48), "enrolmentClosesAt", equalTo(CLOSES))
                .extract().path("id");
        given().get("/api/v1/sessions/{id}", id).then().statusCode(200)
                .body("allocation", equalTo("LOTTERY"), "offerHours", equalTo(48), "title", equalTo("游泳第一期"));
        given().contentType("application/merge-patch+json").body("{\"offerHours\": null}")
                .patch("/api/v1/sessions/{id}", id).then().statusCode(200)
                .body("offerHours", nullValue(), "allocation", equalTo("LOTTERY"));

        List<JsonNode> events = awaitEvents(programmeId, 3);
        assertEquals(List.of("ProgrammeCreated", "SessionScheduled", "SessionChanged"),
                events.stream().map(e -> e.get("type").asText()).toList());
        JsonNode scheduled = events.get(1).get("data");
        assertEquals(id, scheduled.get("sessionId").asText());
        assertEquals("LOTTERY", scheduled.get("allocation").asText());
        assertEquals(48, scheduled.get("offerHours").asInt());
        JsonNode changed = events.get(2).get("data");
        assertEquals("LOTTERY", changed.get("allocation").asText());
        assertTrue(changed.has("offerHours") && changed.get("offerHours").isNull(), changed.toString());
        EventContract contract = EventContract.load();
        records(programmeId).forEach(contract::check);
    }

    @Test
    void aSessionIsFirstComeWithoutOffersByDefault() {
        String programmeId = programme(community("清淮路社区"), "暑期读书征文");
        String id = given().contentType(ContentType.JSON).body(sessionBody(30))
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(201)
                .body("allocation", equalTo("FIRST_COME"), "offerHours", nullValue()).extract().path("id");
        given().get("/api/v1/sessions/{id}", id).then()
                .body("allocation", equalTo("FIRST_COME"), "offerHours", nullValue());

        JsonNode scheduled = awaitEvents(programmeId, 2).get(1).get("data");
        assertEquals("FIRST_COME", scheduled.get("allocation").asText());
        assertTrue(scheduled.has("offerHours") && scheduled.get("offerHours").isNull(), scheduled.toString());
        records(programmeId).forEach(EventContract.load()::check);
    }

    @Test
    void refusesOfferHoursOutsideOneToAWeekAndChangesNothing() {
        String programmeId = programme(community("清淮路社区"), "暑期读书征文");
        for (int hours : new int[] {0, 169, -1}) {
            Map<String, Object> body = sessionBody(30);
            body.put("offerHours", hours);
            given().contentType(ContentType.JSON).body(body).post("/api/v1/programmes/{id}/sessions", programmeId)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("offerHours"));
        }
        given().get("/api/v1/programmes/{id}/sessions", programmeId).then().body("total", equalTo(0));

        Map<String, Object> body = sessionBody(30);
        body.put("offerHours", 24);
        String id = given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(201).extract().path("id");
        for (int hours : new int[] {0, 169}) {
            given().contentType(ContentType.JSON).body(Map.of("offerHours", hours, "capacity", 40))
                    .patch("/api/v1/sessions/{id}", id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("offerHours"));
        }
        given().contentType(ContentType.JSON).body("{\"offerHours\": 1.5}").patch("/api/v1/sessions/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("offerHours"));
        given().contentType(ContentType.JSON).body("{\"offerHours\": \"两天\"}").patch("/api/v1/sessions/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("offerHours"));
        given().contentType(ContentType.JSON).body("{\"allocation\": \"RAFFLE\"}").patch("/api/v1/sessions/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("allocation"));
        given().get("/api/v1/sessions/{id}", id).then()
                .body("offerHours", equalTo(24), "capacity", equalTo(30), "allocation", equalTo("FIRST_COME"));
        // The edges of the range are allowed.
        given().contentType(ContentType.JSON).body(Map.of("offerHours", 168)).patch("/api/v1/sessions/{id}", id)
                .then().statusCode(200).body("offerHours", equalTo(168));
        given().contentType(ContentType.JSON).body(Map.of("offerHours", 1)).patch("/api/v1/sessions/{id}", id)
                .then().statusCode(200).body("offerHours", equalTo(1));
    }

    @Test
    void aLotteryNeedsEnrolmentToClose() {
        String programmeId = programme(community("抽签社区"), "暑期游泳班");
        Map<String, Object> open = lottery(null);
        open.remove("enrolmentClosesAt");
        given().contentType(ContentType.JSON).body(open).post("/api/v1/programmes/{id}/sessions", programmeId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("enrolmentClosesAt"),
                        "errors[0].message", equalTo("a LOTTERY session needs enrolmentClosesAt"));
        given().get("/api/v1/programmes/{id}/sessions", programmeId).then().body("total", equalTo(0));

        String lotteryId = given().contentType(ContentType.JSON).body(lottery(null))
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(201).extract().path("id");
        given().contentType("application/merge-patch+json").body("{\"enrolmentClosesAt\": null, \"capacity\": 40}")
                .patch("/api/v1/sessions/{id}", lotteryId).then().statusCode(400)
                .body("errors[0].field", equalTo("enrolmentClosesAt"));
        given().get("/api/v1/sessions/{id}", lotteryId).then()
                .body("enrolmentClosesAt", equalTo(CLOSES), "capacity", equalTo(30), "allocation", equalTo("LOTTERY"));
        // Leaving the lottery, the close may go in the same patch.
        given().contentType("application/merge-patch+json")
                .body("{\"enrolmentClosesAt\": null, \"allocation\": \"FIRST_COME\"}")
                .patch("/api/v1/sessions/{id}", lotteryId).then().statusCode(200)
                .body("allocation", equalTo("FIRST_COME"), "enrolmentClosesAt", nullValue());

        // Switching a session without a close to LOTTERY needs one, given or already there.
        given().contentType(ContentType.JSON).body(Map.of("allocation", "LOTTERY"))
                .patch("/api/v1/sessions/{id}", lotteryId).then().statusCode(400)
                .body("errors[0].field", equalTo("enrolmentClosesAt"));
        given().get("/api/v1/sessions/{id}", lotteryId).then().body("allocation", equalTo("FIRST_COME"));
        given().contentType(ContentType.JSON).body(Map.of("allocation", "LOTTERY", "enrolmentClosesAt", CLOSES))
                .patch("/api/v1/sessions/{id}", lotteryId).then().statusCode(200)
                .body("allocation", equalTo("LOTTERY"), "enrolmentClosesAt", equalTo(CLOSES));
    }

    @Test
    void aPatchClearsOfferHoursWithNullAndLeavesThemAloneWhenAbsent() {
        String programmeId = programme(community("清淮路社区"), "暑期读书征文");
        Map<String, Object> body = sessionBody(30);
        body.put("offerHours", 48);
        String id = given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(201).extract().path("id");
        given().contentType("application/merge-patch+json").body("{\"capacity\": 40, \"allocation\": null}")
                .patch("/api/v1/sessions/{id}", id).then().statusCode(200)
                .body("offerHours", equalTo(48), "allocation", equalTo("FIRST_COME"), "capacity", equalTo(40));
        given().contentType("application/merge-patch+json").body("{\"offerHours\": null}")
                .patch("/api/v1/sessions/{id}", id).then().statusCode(200).body("offerHours", nullValue());
        given().get("/api/v1/sessions/{id}", id).then().body("offerHours", nullValue(), "capacity", equalTo(40));
        given().contentType("application/merge-patch+json").body("{\"offerHours\": 12}")
                .patch("/api/v1/sessions/{id}", id).then().statusCode(200).body("offerHours", equalTo(12));
    }

    @Test
    void switchingAllocationIsRefusedOnceEnrolmentServiceReportsAnEnrolment() {
        String programmeId = programme(community("清淮路社区"), "暑期读书征文");
        Map<String, Object> body = sessionBody(30);
        body.put("enrolmentClosesAt", CLOSES);
        String id = given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(201).extract().path("id");
        // Before any enrolment the allocation may switch back and forth.
        given().contentType(ContentType.JSON).body(Map.of("allocation", "LOTTERY"))
                .patch("/api/v1/sessions/{id}", id).then().statusCode(200).body("allocation", equalTo("LOTTERY"));
        given().contentType(ContentType.JSON).body(Map.of("allocation", "FIRST_COME"))
                .patch("/api/v1/sessions/{id}", id).then().statusCode(200).body("allocation", equalTo("FIRST_COME"));

        publishEnrolment("EnrolmentConfirmed", "CONFIRMED", programmeId, id, 1);
        awaitAllocationLocked(id, "LOTTERY");

        given().contentType(ContentType.JSON).body(Map.of("allocation", "LOTTERY", "offerHours", 24))
                .patch("/api/v1/sessions/{id}", id).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("ALLOCATION_LOCKED"), "status", equalTo(409));
        given().get("/api/v1/sessions/{id}", id).then()
                .body("allocation", equalTo("FIRST_COME"), "offerHours", nullValue());
        // The same allocation again is no switch; other fields still change.
        given().contentType(ContentType.JSON).body(Map.of("allocation", "FIRST_COME", "offerHours", 24))
                .patch("/api/v1/sessions/{id}", id).then().statusCode(200)
                .body("allocation", equalTo("FIRST_COME"), "offerHours", equalTo(24));
    }

    @Test
    void anApplicationLocksALotteryToo() {
        String programmeId = programme(community("抽签社区"), "暑期游泳班");
        String id = given().contentType(ContentType.JSON).body(lottery(null))
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(201).extract().path("id");

        publishEnrolment("EnrolmentApplied", "APPLIED", programmeId, id, 0);
        awaitAllocationLocked(id, "FIRST_COME");

        given().get("/api/v1/sessions/{id}", id).then().body("allocation", equalTo("LOTTERY"), "capacity", equalTo(30));
        given().contentType(ContentType.JSON).body(Map.of("allocation", "LOTTERY", "capacity", 35))
                .patch("/api/v1/sessions/{id}", id).then().statusCode(200)
                .body("allocation", equalTo("LOTTERY"), "capacity", equalTo(35));
    }

    /**
     * Waits until programmes-service has consumed the enrolment event, probing with a switch that is
     * refused either way, so the probe itself never changes the session: before, its end date before
     * the start is a 400; after, the switch is refused first with 409 ALLOCATION_LOCKED.
     */
    private static void awaitAllocationLocked(String sessionId, String switchTo) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().contentType(ContentType.JSON).body(Map.of("allocation", switchTo, "endDate", "2010-01-01"))
                        .patch("/api/v1/sessions/{id}", sessionId)
                        .then().statusCode(409).body("code", equalTo("ALLOCATION_LOCKED")));
    }

    private static Map<String, Object> lottery(Integer offerHours) {
        Map<String, Object> body = sessionBody(30);
        body.put("title", "游泳第一期");
        body.put("allocation", "LOTTERY");
        body.put("enrolmentOpensAt", "2010-06-01T00:00:00Z");
        body.put("enrolmentClosesAt", CLOSES);
        body.put("offerHours", offerHours);
        return body;
    }

    /** What enrolment-service publishes for an enrolment of the session (checked against docs/asyncapi.yaml). */
    private void publishEnrolment(String type, String status, String programmeId, String sessionId, int placesTaken) {
        Map<String, Object> data = new HashMap<>();
        data.put("enrolmentId", UUID.randomUUID().toString());
        data.put("sessionId", sessionId);
        data.put("programmeId", programmeId);
        data.put("communityCode", "qinghuai-road");
        data.put("year", 2010);
        data.put("strand", "YOUTH_DEVELOPMENT");
        data.put("residentRef", UUID.randomUUID().toString());
        data.put("residentCommunityCode", "qinghuai-road");
        data.put("status", status);
        data.put("previousStatus", null);
        data.put("hours", 24);
        data.put("placesTaken", placesTaken);
        data.put("capacity", 30);
        data.put("version", 0);
        try (EventPublisher publisher = new EventPublisher(bootstrapServers)) {
            publisher.publish("enrolment-events", sessionId, type, data);
        }
    }

    private List<JsonNode> awaitEvents(String key, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> records(key).stream().map(this::parse).toList(), events -> events.size() >= count);
    }

    private List<String> records(String key) {
        return probe.records().stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
    }

    private JsonNode parse(String record) {
        try {
            return mapper.readTree(record);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
