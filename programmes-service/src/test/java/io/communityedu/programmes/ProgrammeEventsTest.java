package io.communityedu.programmes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.EventContract;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.communityedu.programmes.Fixtures.programmeBody;
import static io.communityedu.programmes.Fixtures.sessionBody;
import static io.communityedu.programmes.Fixtures.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every change reaches the real broker as an event in the envelope the AsyncAPI document describes. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
@ExtendWith(ActingAsAdmin.class)
class ProgrammeEventsTest {

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
    void publishesCommunityAndPlanEventsKeyedByCommunity() {
        String code = uniqueCode("qinghuai");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "清淮路社区", "district", "清河区"))
                .post("/api/v1/communities").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("residentPopulation", 12000, "participationTargetPercent", 50,
                        "featuredProgrammeTarget", 2, "budget", 150000))
                .put("/api/v1/communities/{code}/plans/{year}", code, 2010).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("residentPopulation", 12000, "participationTargetPercent", 50,
                        "featuredProgrammeTarget", 3, "budget", 160000))
                .put("/api/v1/communities/{code}/plans/{year}", code, 2010).then().statusCode(200);

        List<JsonNode> events = awaitEvents(code, 3);
        JsonNode registered = events.get(0);
        assertEquals("CommunityRegistered", registered.get("type").asText());
        assertEquals("清淮路社区", registered.at("/data/name").asText());
        assertEnvelope(registered);

        JsonNode planSet = events.get(1);
        assertEquals("PlanSet", planSet.get("type").asText());
        assertEquals(2010, planSet.at("/data/year").asInt());
        assertEquals(12000, planSet.at("/data/residentPopulation").asInt());
        assertEquals(50, planSet.at("/data/participationTargetPercent").asInt());
        assertEquals(2, planSet.at("/data/featuredProgrammeTarget").asInt());
        assertTrue(records(code).get(1).contains("\"budget\":150000.00"), "money keeps two decimals");

        JsonNode replaced = events.get(2);
        assertEquals("PlanSet", replaced.get("type").asText());
        assertEquals(3, replaced.at("/data/featuredProgrammeTarget").asInt());
        assertTrue(replaced.at("/data/version").asLong() > planSet.at("/data/version").asLong(),
                "a replacement carries a newer version");
    }

    @Test
    void publishesProgrammeAndSessionEventsInOrderUnderTheProgrammeKey() {
        String code = Fixtures.community("清淮路社区");
        Map<String, Object> body = programmeBody(code, "家长学校");
        body.put("certificateName", "家庭教育结业证书");
        String programmeId = given().contentType(ContentType.JSON).body(body).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
        body.put("featured", false);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/programmes/{id}", programmeId)
                .then().statusCode(200);
        Map<String, Object> session = sessionBody(30);
        session.put("enrolmentClosesAt", "2010-07-01T00:00:00Z");
        String sessionId = given().contentType(ContentType.JSON).body(session)
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("capacity", 45)).patch("/api/v1/sessions/{id}", sessionId)
                .then().statusCode(200);

        List<JsonNode> events = awaitEvents(programmeId, 4);
        assertEquals(List.of("ProgrammeCreated", "ProgrammeChanged", "SessionScheduled", "SessionChanged"),
                events.stream().map(e -> e.get("type").asText()).toList());
        events.forEach(ProgrammeEventsTest::assertEnvelope);

        JsonNode created = events.get(0).get("data");
        assertEquals(programmeId, created.get("programmeId").asText());
        assertEquals(code, created.get("communityCode").asText());
        assertEquals("YOUTH_DEVELOPMENT", created.get("strand").asText());
        assertTrue(created.get("featured").asBoolean());
        assertEquals("家庭教育结业证书", created.get("certificateName").asText());
        assertFalse(events.get(1).at("/data/featured").asBoolean());

        JsonNode scheduled = events.get(2).get("data");
        assertEquals(sessionId, scheduled.get("sessionId").asText());
        assertEquals(code, scheduled.get("communityCode").asText());
        assertEquals(2010, scheduled.get("year").asInt());
        assertEquals("PUPIL", scheduled.get("targetGroups").get(0).asText());
        assertEquals(6, scheduled.get("minAge").asInt());
        assertEquals(15, scheduled.get("maxAge").asInt());
        assertEquals(30, scheduled.get("capacity").asInt());
        assertEquals(24, scheduled.get("hours").asInt());
        assertEquals("2010-07-05", scheduled.get("startDate").asText());
        assertEquals("2010-07-01T00:00:00Z", scheduled.get("enrolmentClosesAt").asText());
        assertEquals("ACTIVE", scheduled.get("programmeStatus").asText());
        assertEquals(45, events.get(3).at("/data/capacity").asInt());
        // Without a provider there is no resident discount: present, and null.
        assertTrue(created.get("residentDiscountPercent").isNull());
        assertTrue(scheduled.get("residentDiscountPercent").isNull());
        assertTrue(records(programmeId).get(2).contains("\"fee\":0.00"), "a session event carries the fee, two decimals");
    }

    @Test
    void programmeAndSessionEventsCarryTheFeeAndTheProvidersResidentDiscount() {
        String code = Fixtures.community("折扣社区");
        String providerId = given().contentType(ContentType.JSON)
                .body(Map.of("name", "社区学校", "type", "COMMUNITY_SCHOOL", "residentDiscountPercent", 15))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        Map<String, Object> body = programmeBody(code, "书法班");
        body.put("providerId", providerId);
        body.put("fee", new BigDecimal("99.99"));
        String programmeId = given().contentType(ContentType.JSON).body(body).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
        String sessionId = Fixtures.session(programmeId, 20);
        body.put("fee", new BigDecimal("120.00"));
        given().contentType(ContentType.JSON).body(body).put("/api/v1/programmes/{id}", programmeId)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("capacity", 25)).patch("/api/v1/sessions/{id}", sessionId)
                .then().statusCode(200);

        List<JsonNode> events = awaitEvents(programmeId, 4);
        assertEquals(List.of("ProgrammeCreated", "SessionScheduled", "ProgrammeChanged", "SessionChanged"),
                events.stream().map(e -> e.get("type").asText()).toList());
        events.forEach(e -> assertEquals(15, e.at("/data/residentDiscountPercent").asInt(), e.toString()));
        List<String> raw = records(programmeId);
        assertTrue(raw.get(0).contains("\"fee\":99.99"), raw.get(0));
        assertTrue(raw.get(1).contains("\"fee\":99.99"), raw.get(1));
        assertTrue(raw.get(2).contains("\"fee\":120.00"), raw.get(2));
        assertTrue(raw.get(3).contains("\"fee\":120.00"), "a session event carries the programme's current fee");
        EventContract contract = EventContract.load();
        raw.forEach(contract::check);
    }

    @Test
    void publishesProviderRegistrations() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "民办培训机构甲", "type", "TRAINING_INSTITUTION", "residentDiscountPercent", 30))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        JsonNode event = awaitEvents(id, 1).get(0);
        assertEquals("ProviderRegistered", event.get("type").asText());
        assertEquals(30, event.at("/data/residentDiscountPercent").asInt());
        assertEquals("民办培训机构甲", event.at("/data/name").asText());
    }

    @Test
    void refusedRequestsPublishNothing() {
        String code = uniqueCode("refused");
        given().contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/v1/communities")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(programmeBody(code, "读书会")).post("/api/v1/programmes")
                .then().statusCode(422);
        // A later event under another key proves the relay has caught up past the refused requests.
        String marker = Fixtures.community("标记社区");
        awaitEvents(marker, 1);
        assertTrue(probe.records().stream().noneMatch(r -> r.key().equals(code) || r.value().contains(code)));
    }

    @Test
    void everyPublishedEventMatchesTheAsyncApiDocument() {
        String code = Fixtures.community("契约社区");
        given().contentType(ContentType.JSON)
                .body(Map.of("residentPopulation", 500, "participationTargetPercent", 50,
                        "featuredProgrammeTarget", 2, "budget", 1000))
                .put("/api/v1/communities/{code}/plans/{year}", code, 2011).then().statusCode(201);
        Map<String, Object> open = programmeBody(code, "居民自我教育读书会");
        open.put("targetGroups", List.of());
        open.remove("minAge");
        open.remove("maxAge");
        String programmeId = given().contentType(ContentType.JSON).body(open).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
        Fixtures.session(programmeId, 10);
        awaitEvents(programmeId, 2);

        List<ConsumerRecord<String, String>> all = probe.records();
        assertTrue(all.size() >= 4);
        EventContract contract = EventContract.load();
        all.forEach(r -> contract.check(r.value()));
    }

    private List<JsonNode> awaitEvents(String key, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> probe.records().stream().filter(r -> key.equals(r.key())).map(this::parse).toList(),
                events -> events.size() >= count);
    }

    private List<String> records(String key) {
        return probe.records().stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
    }

    private JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertEnvelope(JsonNode event) {
        assertEquals(36, Optional.ofNullable(event.get("eventId")).map(JsonNode::asText).orElse("").length());
        assertTrue(event.get("occurredAt").asText().endsWith("Z"), "occurredAt is an ISO-8601 UTC instant");
        assertEquals(1, event.get("schemaVersion").asInt());
        assertTrue(event.get("data").isObject());
    }
}
