package io.communityedu.programmes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.localstack.EventContract;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static io.communityedu.localstack.Concurrently.inParallel;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every state-changing request, accepted or refused, leaves exactly one audit entry on audit-events
 * (through the outbox), in the shape docs/asyncapi.yaml describes; a change that is rolled back
 * leaves only its refusal. Each request carries an X-Request-Id of its own to find its entry by.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
class AuditTrailTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventContract CONTRACT = EventContract.load();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicProbe probe;

    @BeforeEach
    void subscribe() {
        probe = new TopicProbe(bootstrapServers, "audit-events");
    }

    @AfterEach
    void close() {
        probe.close();
    }

    @Test
    void anAcceptedChangeIsAuditedWithItsCallerRouteAndNewResource() {
        String admin = "admin-" + UUID.randomUUID();
        String code = Fixtures.uniqueCode("audited");
        String requestId = requestId();
        Instant before = Instant.now();
        as(TestTokens.as(admin).roles("admin").sign(), requestId).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "审计社区", "district", "清河区"))
                .post("/api/v1/communities").then().statusCode(201);

        JsonNode entry = onlyEntryOf(requestId);
        assertEquals("programmes-service", entry.get("service").asText());
        assertEquals("POST /api/v1/communities", entry.get("action").asText());
        assertEquals(201, entry.get("status").asInt());
        assertEquals(admin, entry.get("actor").asText());
        assertEquals(List.of("admin"), strings(entry.get("actorRoles")));
        assertEquals("community-edu-cli", entry.get("clientId").asText());
        assertEquals("community", entry.get("resourceType").asText());
        assertEquals(code, entry.get("resourceId").asText());
        assertEquals(requestId, entry.get("requestId").asText());
        Instant at = Instant.parse(entry.get("at").asText());
        assertFalse(at.isBefore(before.minusSeconds(1)) || at.isAfter(Instant.now()), at.toString());
    }

    @Test
    void refusalsAreAuditedEachOnceWithTheirStatus() {
        String resident = "resident-" + UUID.randomUUID();
        String forbidden = requestId();
        as(TestTokens.resident(resident), forbidden).contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.uniqueCode("refused"), "name", "拒绝社区", "district", "清河区"))
                .post("/api/v1/communities").then().statusCode(403);

        String officer = "officer-" + UUID.randomUUID();
        String officerToken = TestTokens.as(officer).roles("district-officer").sign();
        String badBody = requestId();
        as(officerToken, badBody).contentType(ContentType.JSON).body(Map.of("code", Fixtures.uniqueCode("bad")))
                .post("/api/v1/communities").then().statusCode(400);
        String malformed = requestId();
        as(officerToken, malformed).contentType(ContentType.JSON).body("{\"code\": ")
                .post("/api/v1/communities").then().statusCode(400);

        String programmeId = UUID.randomUUID().toString();
        String notFound = requestId();
        as(officerToken, notFound).contentType(ContentType.JSON).body(Fixtures.sessionBody(20))
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(404);

        JsonNode refused = onlyEntryOf(forbidden);
        assertEquals("POST /api/v1/communities", refused.get("action").asText());
        assertEquals(403, refused.get("status").asInt());
        assertEquals(resident, refused.get("actor").asText());
        assertEquals(List.of("resident"), strings(refused.get("actorRoles")));
        assertEquals("community", refused.get("resourceType").asText());
        assertTrue(refused.get("resourceId").isNull());

        for (String requestId : List.of(badBody, malformed)) {
            JsonNode invalid = onlyEntryOf(requestId);
            assertEquals("POST /api/v1/communities", invalid.get("action").asText());
            assertEquals(400, invalid.get("status").asInt());
            assertEquals(officer, invalid.get("actor").asText());
            assertEquals(List.of("district-officer"), strings(invalid.get("actorRoles")));
        }

        JsonNode missing = onlyEntryOf(notFound);
        assertEquals("POST /api/v1/programmes/{id}/sessions", missing.get("action").asText());
        assertEquals(404, missing.get("status").asInt());
        assertEquals(officer, missing.get("actor").asText());
        assertEquals("programme", missing.get("resourceType").asText());
        assertEquals(programmeId, missing.get("resourceId").asText());

        // Without a token: refused, audited without an actor.
        String anonymous = requestId();
        given().header("X-Request-Id", anonymous).contentType(ContentType.JSON).body(Fixtures.sessionBody(20))
                .post("/api/v1/programmes/{id}/sessions", programmeId).then().statusCode(401);
        JsonNode nobody = onlyEntryOf(anonymous);
        assertEquals(401, nobody.get("status").asInt());
        assertTrue(nobody.get("actor").isNull());
        assertTrue(nobody.get("clientId").isNull());
        assertEquals(List.of(), strings(nobody.get("actorRoles")));
    }

    @Test
    void aChangeRolledBackAfterItsEntryWasWrittenLeavesOnlyItsRefusal() {
        String admin = "admin-" + UUID.randomUUID();
        String code = Fixtures.uniqueCode("rolled-back");
        String requestId = RollbackAfterAudit.REQUEST_ID + UUID.randomUUID();
        as(TestTokens.as(admin).roles("admin").sign(), requestId).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "回滚社区", "district", "清河区"))
                .post("/api/v1/communities").then().statusCode(409);

        JsonNode entry = onlyEntryOf(requestId);
        assertEquals("POST /api/v1/communities", entry.get("action").asText());
        assertEquals(409, entry.get("status").asInt());
        assertEquals(admin, entry.get("actor").asText());
        // Nor did the change itself happen.
        given().get("/api/v1/communities/{code}", code).then().statusCode(404);
    }

    @Test
    void racingRegistrationsOfOneCodeAreAuditedOnceEachAsTheyWereAnswered() throws Exception {
        String admin = "admin-" + UUID.randomUUID();
        String token = TestTokens.as(admin).roles("admin").sign();
        String code = Fixtures.uniqueCode("raced");
        List<String> requestIds = IntStream.range(0, 8).mapToObj(i -> requestId()).toList();
        // However a loser is refused (the winner's row found, or its key at commit), it leaves one entry, as answered.
        List<Integer> statuses = inParallel(requestIds.stream().<Callable<Integer>>map(requestId -> () ->
                as(token, requestId).contentType(ContentType.JSON)
                        .body(Map.of("code", code, "name", "竞争社区", "district", "清河区"))
                        .post("/api/v1/communities").statusCode()).toList());

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        for (int i = 0; i < requestIds.size(); i++) {
            JsonNode entry = onlyEntryOf(requestIds.get(i));
            assertEquals(statuses.get(i).intValue(), entry.get("status").asInt(), entry.toString());
            assertEquals("POST /api/v1/communities", entry.get("action").asText());
            assertEquals(admin, entry.get("actor").asText());
        }
    }

    @Test
    void readsLeaveNoEntry() {
        String requestId = requestId();
        as(TestTokens.officer(), requestId).get("/api/v1/communities").then().statusCode(200);
        assertEquals(List.of(), entriesOf(requestId, true));
    }

    private static String requestId() {
        return "audit-" + UUID.randomUUID();
    }

    /**
     * The request's entries, once a later request's entry has arrived and one more poll is done: the
     * relay sends in the order written (a batch's sends in flight together, hence the extra poll), so by
     * then every earlier one is on the topic. Each is checked against the AsyncAPI document.
     */
    private List<JsonNode> entriesOf(String requestId, boolean mayBeNone) {
        String marker = requestId();
        as(TestTokens.resident("marker"), marker).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/providers").then().statusCode(403);
        AtomicBoolean markerSeen = new AtomicBoolean();
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<ConsumerRecord<String, String>> records = probe.records();
            if (!markerSeen.get()) {
                markerSeen.set(records.stream().anyMatch(r -> r.value().contains(marker)));
                return null;
            }
            return records.stream().map(ConsumerRecord::value).filter(v -> v.contains(requestId)).map(value -> {
                CONTRACT.check(value);
                JsonNode event = read(value);
                assertEquals("AuditEntryRecorded", event.get("type").asText());
                return event.get("data");
            }).filter(data -> requestId.equals(data.get("requestId").asText())).toList();
        }, found -> found != null && (mayBeNone || !found.isEmpty()));
    }

    private JsonNode onlyEntryOf(String requestId) {
        List<JsonNode> entries = entriesOf(requestId, false);
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    private static RequestSpecification as(String token, String requestId) {
        return given().header("Authorization", "Bearer " + token).header("X-Request-Id", requestId);
    }

    private static List<String> strings(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
