package io.communityedu.reporting;

import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.ConsumerGroups;
import io.communityedu.localstack.EventPublisher;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The audit trail: entries every service publishes on audit-events are kept once each and served,
 * newest first, to officers and admins. Each test works with an actor (or resource) of its own, so
 * other tests' entries never count.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
@ExtendWith(ActingAsAdmin.class)
class AuditApiTest {

    private static final String AUDIT_TOPIC = "audit-events";
    // Microseconds at most: what the database keeps (DATETIME(6)).
    private static final Instant BASE = Instant.parse("2031-05-01T08:00:00.123456Z");

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
    void publishedEntriesAreServedWithEveryFieldNewestFirstInPages() {
        String actor = "staff-" + UUID.randomUUID();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(entry(actor, "enrolment", UUID.randomUUID().toString(), BASE.plusSeconds(i)));
        }
        // Two at the same instant: the larger id first.
        entries.add(entry(actor, "enrolment", "same-instant", BASE.plusSeconds(2)));
        Map<String, Object> anonymous = entry(null, null, null, BASE.minusSeconds(60));
        anonymous.put("actorRoles", List.of());
        anonymous.put("clientId", null);
        anonymous.put("requestId", null);
        anonymous.put("status", 401);
        entries.forEach(this::publish);
        publish(anonymous);

        List<String> newestFirst = entries.stream()
                .sorted(Comparator.<Map<String, Object>, Instant>comparing(e -> Instant.parse((String) e.get("at")))
                        .thenComparing(e -> (String) e.get("id")).reversed())
                .map(e -> (String) e.get("id")).toList();
        awaitTotal(Map.of("actor", actor), 6);
        given().queryParam("actor", actor).queryParam("size", 4).get("/api/v1/audit")
                .then().statusCode(200)
                .body("page", equalTo(0), "size", equalTo(4), "total", equalTo(6),
                        "items.id", contains(newestFirst.subList(0, 4).toArray()));
        given().queryParam("actor", actor).queryParam("size", 4).queryParam("page", 1).get("/api/v1/audit")
                .then().statusCode(200)
                .body("page", equalTo(1), "total", equalTo(6), "items.id", contains(newestFirst.subList(4, 6).toArray()));

        Map<String, Object> first = entries.get(4);
        given().queryParam("actor", actor).queryParam("size", 1).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items[0].id", equalTo(first.get("id")),
                        "items[0].at", equalTo("2031-05-01T08:00:04.123456Z"),
                        "items[0].service", equalTo("enrolment-service"),
                        "items[0].actor", equalTo(actor),
                        "items[0].actorRoles", contains("community-staff", "district-officer"),
                        "items[0].clientId", equalTo("community-edu-cli"),
                        "items[0].action", equalTo("POST /api/v1/enrolments/{id}/cancel"),
                        "items[0].resourceType", equalTo("enrolment"),
                        "items[0].resourceId", equalTo(first.get("resourceId")),
                        "items[0].status", equalTo(200),
                        "items[0].requestId", equalTo(first.get("requestId")));

        // A request without a token: the actor and everything else of the token is null, and stays so.
        Map<?, ?> stored = await().atMost(Duration.ofSeconds(30)).until(() -> given()
                        .queryParam("from", BASE.minusSeconds(60).toString()).queryParam("to", BASE.minusSeconds(59).toString())
                        .queryParam("size", 100).get("/api/v1/audit").then().statusCode(200).extract().jsonPath()
                        .getList("items", Map.class).stream().filter(item -> anonymous.get("id").equals(item.get("id")))
                        .findFirst(), Optional::isPresent).orElseThrow();
        assertEquals(null, stored.get("actor"));
        assertEquals(List.of(), stored.get("actorRoles"));
        assertEquals(null, stored.get("clientId"));
        assertEquals(null, stored.get("resourceType"));
        assertEquals(null, stored.get("requestId"));
        assertEquals(401, stored.get("status"));
    }

    @Test
    void filtersByResourceAndByTimeFromInclusiveToExclusive() {
        String actor = "officer-" + UUID.randomUUID();
        String session = UUID.randomUUID().toString();
        List<Map<String, Object>> ofSession = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ofSession.add(entry(actor, "session", session, BASE.plusSeconds(10 + i)));
        }
        Map<String, Object> otherType = entry(actor, "programme", session, BASE.plusSeconds(11));
        Map<String, Object> otherSession = entry(actor, "session", UUID.randomUUID().toString(), BASE.plusSeconds(11));
        // Ids need not be ASCII: a community code, say, with its year.
        Map<String, Object> chinese = entry(actor, "plan", "青淮路社区/2031", BASE.plusSeconds(12));
        ofSession.forEach(this::publish);
        publish(otherType);
        publish(otherSession);
        publish(chinese);
        awaitTotal(Map.of("actor", actor), 7);

        given().queryParam("resourceType", "session").queryParam("resourceId", session).get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(4),
                        "items.id", contains(newestFirst(ofSession)));
        given().queryParam("resourceId", session).get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(5));
        given().queryParam("resourceType", "plan").queryParam("resourceId", "青淮路社区/2031").get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(1), "items[0].id", equalTo(chinese.get("id")),
                        "items[0].resourceId", equalTo("青淮路社区/2031"));

        // from = the second entry's instant (kept), to = the fourth's (left out).
        given().queryParam("resourceType", "session").queryParam("resourceId", session)
                .queryParam("from", ofSession.get(1).get("at")).queryParam("to", ofSession.get(3).get("at"))
                .get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(2),
                        "items.id", contains(ofSession.get(2).get("id"), ofSession.get(1).get("id")));
        // Offsets are instants too; from = to selects nothing.
        given().queryParam("actor", actor).queryParam("from", "2031-05-01T16:00:11.123456+08:00")
                .get("/api/v1/audit").then().statusCode(200).body("total", equalTo(6));
        given().queryParam("actor", actor).queryParam("from", ofSession.get(1).get("at"))
                .queryParam("to", ofSession.get(1).get("at"))
                .get("/api/v1/audit").then().statusCode(200).body("total", equalTo(0), "items.size()", equalTo(0));
        given().queryParam("actor", actor).queryParam("resourceType", "").queryParam("from", "")
                .get("/api/v1/audit").then().statusCode(200).body("total", equalTo(7));
    }

    @Test
    void aRedeliveredEntryAndARebuildKeepEachEntryOnce() {
        String actor = "admin-" + UUID.randomUUID();
        Map<String, Object> kept = entry(actor, "community", "qinghuai-road", BASE.plusSeconds(20));
        Map<String, Object> lost = entry(actor, "community", "qinghuai-road", BASE.plusSeconds(21));
        String envelope = publish(kept);
        publish(lost);
        publisher.send(AUDIT_TOPIC, (String) kept.get("id"), envelope); // the same event again
        publish(kept); // and the same entry in a new event, as an outbox resend after a crash would
        awaitCaughtUp();
        awaitTotal(Map.of("actor", actor), 2);

        // Lost behind the service's back: only a replay of the topic brings it back, and nothing twice.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM audit_entry WHERE id = ?1")
                .setParameter(1, lost.get("id")).executeUpdate());
        given().queryParam("actor", actor).get("/api/v1/audit").then().body("total", equalTo(1));

        String operator = "admin-" + UUID.randomUUID();
        as(TestTokens.as(operator).roles("admin").sign()).post("/admin/projections/rebuild").then().statusCode(202);
        awaitCaughtUp();
        given().queryParam("actor", actor).get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(2), "items.id", contains(lost.get("id"), kept.get("id")));
        // The rebuild itself is in the trail: reporting-service audits its own requests.
        awaitTotal(Map.of("actor", operator), 1);
        given().queryParam("actor", operator).get("/api/v1/audit").then()
                .body("items[0].service", equalTo("reporting-service"),
                        "items[0].action", equalTo("POST /admin/projections/rebuild"),
                        "items[0].status", equalTo(202),
                        "items[0].actorRoles", contains("admin"));
    }

    @Test
    void reportingServiceAuditsItsOwnRefusedRequests() {
        String officer = "officer-" + UUID.randomUUID();
        as(TestTokens.as(officer).roles("district-officer").sign()).post("/admin/projections/rebuild")
                .then().statusCode(403);
        String admin = "admin-" + UUID.randomUUID();
        String letter = "programme-events.DLT/0/" + (1_000_000_000L + new Random().nextInt(Integer.MAX_VALUE));
        as(TestTokens.as(admin).roles("admin").sign()).header("X-Request-Id", "audit-test-1")
                .post("/admin/dead-letters/" + letter + "/redrive").then().statusCode(404);

        awaitTotal(Map.of("actor", officer), 1);
        given().queryParam("actor", officer).get("/api/v1/audit").then()
                .body("items[0].action", equalTo("POST /admin/projections/rebuild"),
                        "items[0].status", equalTo(403),
                        "items[0].actorRoles", contains("district-officer"));
        awaitTotal(Map.of("resourceType", "dead-letter", "resourceId", letter), 1);
        given().queryParam("actor", admin).get("/api/v1/audit").then()
                .body("total", equalTo(1),
                        "items[0].service", equalTo("reporting-service"),
                        "items[0].action", equalTo("POST /admin/dead-letters/{id}/redrive"),
                        "items[0].status", equalTo(404),
                        "items[0].resourceType", equalTo("dead-letter"),
                        "items[0].resourceId", equalTo(letter),
                        "items[0].requestId", equalTo("audit-test-1"));
        // Reads are not state changes: the trail's own reads leave nothing.
        given().queryParam("actor", admin).get("/api/v1/audit").then().body("total", equalTo(1));
    }

    @Test
    void malformedQueriesAre400NamingTheParameter() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("from", "yesterday");
        bad.put("to", "2031-13-01T00:00:00Z");
        bad.put("size", "101");
        bad.put("page", "junk");
        bad.put("actor", "a".repeat(256));
        bad.put("resourceType", "t".repeat(41));
        bad.put("resourceId", "i".repeat(201));
        bad.forEach((name, value) -> given().queryParam(name, value).get("/api/v1/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400), "errors.field", hasItem(name)));
        given().queryParam("from", "2031-05-01").get("/api/v1/audit")
                .then().statusCode(400).body("errors.field", contains("from"));
        given().queryParam("to", "+100000-01-01T00:00:00Z").get("/api/v1/audit")
                .then().statusCode(400).body("errors.field", contains("to"));
        given().queryParam("from", "2031-05-02T00:00:00Z").queryParam("to", "2031-05-01T00:00:00Z").get("/api/v1/audit")
                .then().statusCode(400).body("errors.field", contains("to"));
        // At the limits they are fine.
        given().queryParam("size", 100).queryParam("actor", "a".repeat(255)).queryParam("resourceType", "t".repeat(40))
                .queryParam("resourceId", "i".repeat(200)).get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(0), "size", equalTo(100));
    }

    @Test
    void onlyOfficersAndAdminsReadTheTrailAndNobodyChangesIt() {
        TestTokens.actAsNobody();
        given().get("/api/v1/audit").then().statusCode(401).contentType("application/problem+json");
        for (String token : new String[]{TestTokens.staff("qinghuai-road"), TestTokens.resident("someone"),
                TestTokens.statisticsReader()}) {
            as(token).get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("FORBIDDEN"));
        }
        for (String token : new String[]{TestTokens.officer(), TestTokens.admin()}) {
            as(token).get("/api/v1/audit").then().statusCode(200).body("page", equalTo(0), "size", equalTo(20));
            as(token).delete("/api/v1/audit").then().statusCode(405).contentType("application/problem+json");
            as(token).contentType("application/json").body("{}").put("/api/v1/audit").then().statusCode(405);
            as(token).contentType("application/json").body("{}").post("/api/v1/audit").then().statusCode(405);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheAuditSearch() {
        String get = "paths.'/api/v1/audit'.get.";
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body(get + "responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PageResponseAuditEntryResponse"),
                        get + "responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"),
                        get + "parameters.name", hasItems("actor", "resourceType", "resourceId",
                                "from", "to", "page", "size"),
                        "paths.'/api/v1/audit'.put", nullValue(),
                        "paths.'/api/v1/audit'.delete", nullValue(),
                        "components.schemas.AuditEntryResponse.properties.actorRoles", notNullValue());
    }

    /** An entry as services publish it, for the actor and resource given. */
    private static Map<String, Object> entry(String actor, String resourceType, String resourceId, Instant at) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", UUID.randomUUID().toString());
        entry.put("at", at.toString());
        entry.put("service", "enrolment-service");
        entry.put("actor", actor);
        entry.put("actorRoles", List.of("community-staff", "district-officer"));
        entry.put("clientId", "community-edu-cli");
        entry.put("action", "POST /api/v1/enrolments/{id}/cancel");
        entry.put("resourceType", resourceType);
        entry.put("resourceId", resourceId);
        entry.put("status", 200);
        entry.put("requestId", "rid-" + UUID.randomUUID());
        return entry;
    }

    /** Publishes the entry in a new AuditEntryRecorded event (checked against docs/asyncapi.yaml); returns the event. */
    private String publish(Map<String, Object> entry) {
        return publisher.publish(AUDIT_TOPIC, (String) entry.get("id"), "AuditEntryRecorded", entry);
    }

    /** The ids of entries published oldest first, newest first. */
    private static Object[] newestFirst(List<Map<String, Object>> entries) {
        List<Object> ids = new ArrayList<>(entries.stream().map(entry -> entry.get("id")).toList());
        Collections.reverse(ids);
        return ids.toArray();
    }

    private static void awaitTotal(Map<String, Object> query, int total) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParams(query).get("/api/v1/audit").then().statusCode(200).body("total", equalTo(total)));
    }

    private static void awaitCaughtUp() {
        try (ConsumerGroups groups = new ConsumerGroups(bootstrapServers())) {
            groups.awaitCaughtUp("reporting-service",
                    List.of(AUDIT_TOPIC, SeedScenario.PROGRAMME_TOPIC, SeedScenario.ENROLMENT_TOPIC), Duration.ofSeconds(60));
        }
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
