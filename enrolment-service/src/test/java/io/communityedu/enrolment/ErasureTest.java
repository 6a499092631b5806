package io.communityedu.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.localstack.Concurrently;
import io.communityedu.localstack.EventContract;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Erasure (API.md "Personal data rights and audit"): DELETE /api/v1/me and POST /api/v1/residents/{id}/erasure. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class ErasureTest extends EnrolmentTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Tables tables;
    private String community;

    @BeforeEach
    void aCommunity() {
        tables = new Tables(dataSource);
        community = knownCommunity();
    }

    @Test
    void staffErasureCancelsUnconfirmedPlacesPromotingTheNextInLineKeepsConfirmedOnesAndLeavesNoPersonalData()
            throws Exception {
        String name = People.name("张");
        String phone = People.phone();
        String zhang = register(name, "1987-06-15", phone, "UNEMPLOYED");
        String other = resident(community, People.name("李"), "1990-01-01");
        String nextInLine = resident(community, People.name("王"), "1991-02-02");
        String offeredNext = resident(community, People.name("赵"), "1992-03-03");

        // Confirmed: stays, anonymous.
        Upstream.Session kept = session(1, null);
        String confirmed = enrol(zhang, kept.sessionId).then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .extract().path("id");
        // Waitlisted first in line: cancelled, the one behind moves up.
        Upstream.Session waiting = session(1, null);
        enrol(other, waiting.sessionId).then().statusCode(201);
        String waitlisted = enrol(zhang, waiting.sessionId).then().body("waitlistPosition", equalTo(1)).extract().path("id");
        String behind = enrol(nextInLine, waiting.sessionId).then().body("waitlistPosition", equalTo(2)).extract().path("id");
        // Offered: cancelled, the offer goes to the next in line.
        Upstream.Session offering = session(1, 3);
        String firstPlace = enrol(other, offering.sessionId).then().statusCode(201).extract().path("id");
        String offered = enrol(zhang, offering.sessionId).then().statusCode(201).extract().path("id");
        String afterOffer = enrol(offeredNext, offering.sessionId).then().statusCode(201).extract().path("id");
        given().post("/api/v1/enrolments/{id}/cancel", firstPlace).then().statusCode(200);
        assertEquals("OFFERED", status(offered));
        String pseudonym = (String) tables.rows("SELECT pseudonym FROM resident WHERE id = ?", zhang).get(0).get("pseudonym");
        assertTrue(tables.count("SELECT COUNT(*) FROM notification WHERE resident_id = ?", zhang) > 0);

        try (TopicProbe probe = new TopicProbe(bootstrapServers, "enrolment-events")) {
            Instant before = Instant.now();
            as(TestTokens.staff(community)).post("/api/v1/residents/{id}/erasure", zhang).then().statusCode(204);

            assertEquals("CONFIRMED", status(confirmed));
            assertEquals("CANCELLED", status(waitlisted));
            given().get("/api/v1/enrolments/{id}", behind).then().body("status", equalTo("WAITLISTED"),
                    "waitlistPosition", equalTo(1));
            assertEquals("CANCELLED", status(offered));
            assertEquals("OFFERED", status(afterOffer));
            given().get("/api/v1/enrolments/{id}", confirmed).then().body("residentId", equalTo(zhang));

            // Unknown from now on.
            given().get("/api/v1/residents/{id}", zhang).then().statusCode(404).contentType("application/problem+json");
            given().get("/api/v1/residents/{id}/enrolments", zhang).then().statusCode(404);
            given().post("/api/v1/residents/{id}/erasure", zhang).then().statusCode(404);
            enrol(zhang, session(5, null).sessionId).then().statusCode(404);
            given().queryParam("community", community).get("/api/v1/residents").then().statusCode(200)
                    .body("items.id", not(hasItem(zhang)));

            // The tombstone holds nothing personal; no table holds the name or phone.
            Map<String, Object> row = tables.rows("SELECT * FROM resident WHERE id = ?", zhang).get(0);
            for (String column : List.of("name", "birth_date", "target_groups", "phone", "account_subject",
                    "guardian_id", "guardian_consent_at")) {
                assertNull(row.get(column), column + " kept");
            }
            assertNotNull(row.get("erased_at"));
            assertEquals(pseudonym, row.get("pseudonym"));
            assertEquals(List.of(), tables.holding(name));
            assertEquals(List.of(), tables.holding(phone));
            assertEquals(0, tables.count("SELECT COUNT(*) FROM resident WHERE birth_date = '1987-06-15' AND id = ?", zhang));
            assertEquals(0, tables.count("SELECT COUNT(*) FROM notification WHERE resident_id = ? OR recipient_id = ?",
                    zhang, zhang));

            // ResidentErased, keyed by the pseudonym, as docs/asyncapi.yaml has it.
            ConsumerRecord<String, String> erased = await().atMost(Duration.ofSeconds(20)).until(
                    () -> probe.records().stream().filter(r -> pseudonym.equals(r.key())).findFirst(),
                    java.util.Optional::isPresent).orElseThrow();
            EventContract.load().check(erased.value());
            JsonNode event = JSON.readTree(erased.value());
            assertEquals("ResidentErased", event.get("type").asText());
            assertEquals(pseudonym, event.at("/data/residentRef").asText());
            assertEquals(community, event.at("/data/residentCommunityCode").asText());
            assertTrue(!Instant.parse(event.at("/data/erasedAt").asText()).isBefore(before.minusSeconds(5)));
            for (String personal : List.of(name, phone, "1987-06-15", zhang)) {
                assertTrue(!erased.value().contains(personal), "event carries " + personal);
            }
            List<String> cancelled = await().atMost(Duration.ofSeconds(20)).until(() -> probe.records().stream()
                    .map(r -> parse(r.value())).filter(e -> "EnrolmentCancelled".equals(e.get("type").asText()))
                    .map(e -> e.at("/data/enrolmentId").asText()).toList(),
                    ids -> ids.contains(waitlisted) && ids.contains(offered));
            assertTrue(cancelled.containsAll(List.of(waitlisted, offered)));
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.records().stream().map(r -> parse(r.value()))
                    .anyMatch(e -> "EnrolmentOffered".equals(e.get("type").asText())
                            && afterOffer.equals(e.at("/data/enrolmentId").asText())));
            probe.records().stream().filter(r -> pseudonym.equals(r.key()) || List.of(waiting.sessionId,
                    offering.sessionId).contains(r.key())).forEach(r -> EventContract.load().check(r.value()));
        }
    }

    @Test
    void othersAreRefusedAndChangeNothing() {
        String zhang = register(People.name("张"), "1987-06-15", People.phone(), "PARENT");
        refused(as(TestTokens.staff("elsewhere")).post("/api/v1/residents/{id}/erasure", zhang), 403,
                "OUTSIDE_YOUR_COMMUNITY");
        refused(as(TestTokens.resident("stranger-" + UUID.randomUUID())).post("/api/v1/residents/{id}/erasure", zhang),
                403, "NOT_YOUR_RESIDENT");
        refused(as(TestTokens.statisticsReader()).post("/api/v1/residents/{id}/erasure", zhang), 403, "FORBIDDEN");
        as(TestTokens.resident("stranger-" + UUID.randomUUID())).delete("/api/v1/me").then().statusCode(404)
                .contentType("application/problem+json");
        as(TestTokens.staff(community)).delete("/api/v1/me").then().statusCode(403);
        given().get("/api/v1/residents/{id}", zhang).then().statusCode(200).body("phone", not(equalTo(null)));
        as(TestTokens.officer()).post("/api/v1/residents/{id}/erasure", UUID.randomUUID().toString())
                .then().statusCode(404);
        as(TestTokens.officer()).post("/api/v1/residents/{id}/erasure", zhang).then().statusCode(204);
    }

    @Test
    void aGuardianErasesHerWardFirstAndThenHerself() {
        String sub = "sub-" + UUID.randomUUID();
        String mother = TestTokens.resident(sub);
        String motherName = People.name("陈");
        String motherPhone = People.phone();
        Map<String, Object> self = residentBody(community, motherName, "1983-02-03", List.of("PARENT"));
        self.put("phone", motherPhone);
        String motherId = as(mother).contentType(ContentType.JSON).body(self).post("/api/v1/me")
                .then().statusCode(201).extract().path("id");
        String childName = People.name("陈");
        String child = as(mother).contentType(ContentType.JSON)
                .body(Map.of("name", childName, "birthDate", "2016-08-08", "groups", List.of("PUPIL"),
                        "guardianConsent", true))
                .post("/api/v1/me/wards").then().statusCode(201).extract().path("id");
        Upstream.Session session = session(5, null);
        as(mother).header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(Map.of("residentId", child, "sessionId", session.sessionId))
                .post("/api/v1/enrolments").then().statusCode(201);
        assertEquals(1, tables.count("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key LIKE ?", sub + " %"));

        refused(as(mother).delete("/api/v1/me"), 409, "HAS_WARDS");
        as(mother).get("/api/v1/me").then().statusCode(200).body("wards.size()", equalTo(1));

        as(mother).post("/api/v1/residents/{id}/erasure", child).then().statusCode(204);
        as(mother).get("/api/v1/me").then().statusCode(200).body("wards.size()", equalTo(0));
        as(mother).get("/api/v1/residents/{id}", child).then().statusCode(404);
        as(mother).delete("/api/v1/me").then().statusCode(204);
        as(mother).get("/api/v1/me").then().statusCode(404);
        as(mother).delete("/api/v1/me").then().statusCode(404);
        as(mother).get("/api/v1/me/data").then().statusCode(404);
        given().get("/api/v1/residents/{id}", motherId).then().statusCode(404);

        assertEquals(0, tables.count("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key LIKE ?", sub + " %"));
        assertEquals(List.of(), tables.holding(motherName));
        assertEquals(List.of(), tables.holding(childName));
        assertEquals(List.of(), tables.holding(motherPhone));
        assertEquals(0, tables.count("SELECT COUNT(*) FROM notification WHERE resident_id IN (?, ?) OR recipient_id IN (?, ?)",
                motherId, child, motherId, child));
        // Registering again makes a new resident: nothing of the old one comes back.
        String again = as(mother).contentType(ContentType.JSON).body(self).post("/api/v1/me")
                .then().statusCode(201).extract().path("id");
        assertTrue(!again.equals(motherId));
    }

    @Test
    void anErasureRacingEnrolmentsAndPromotionsLeavesNoUnconfirmedPlaceAndNoServerError() throws Exception {
        for (int round = 0; round < 3; round++) {
            String zhang = register(People.name("张"), "1987-06-15", People.phone(), "PARENT");
            List<Upstream.Session> promoting = new ArrayList<>();
            List<String> cancels = new ArrayList<>();
            for (int i = 0; i < 3; i++) { // Zhang first in line: a cancel promotes her while she is being erased
                Upstream.Session s = session(1, null);
                cancels.add(enrol(resident(community, People.name("李"), "1990-01-01"), s.sessionId).path("id"));
                enrol(zhang, s.sessionId).then().statusCode(201).body("status", equalTo("WAITLISTED"));
                enrol(resident(community, People.name("王"), "1990-01-01"), s.sessionId).then().statusCode(201);
                promoting.add(s);
            }
            List<Upstream.Session> full = List.of(session(1, null), session(1, null));
            for (Upstream.Session s : full) {
                enrol(resident(community, People.name("赵"), "1990-01-01"), s.sessionId).then().statusCode(201);
            }
            List<Callable<Response>> calls = new ArrayList<>();
            calls.add(() -> given().post("/api/v1/residents/{id}/erasure", zhang));
            cancels.forEach(id -> calls.add(() -> given().post("/api/v1/enrolments/{id}/cancel", id)));
            full.forEach(s -> calls.add(() -> enrol(zhang, s.sessionId)));
            List<Response> answers = Concurrently.inParallel(calls);

            assertEquals(204, answers.get(0).statusCode());
            answers.subList(1, 4).forEach(a -> assertEquals(200, a.statusCode(), a.asString()));
            answers.subList(4, 6).forEach(a -> assertTrue(Set.of(201, 404).contains(a.statusCode()), a.asString()));
            assertEquals(0, tables.count("SELECT COUNT(*) FROM enrolment WHERE resident_id = ? AND status IN "
                    + "('WAITLISTED', 'APPLIED', 'OFFERED')", zhang));
            for (Upstream.Session s : promoting) {
                assertEquals(1, tables.count("SELECT COUNT(*) FROM enrolment WHERE session_id = ? AND status = 'CONFIRMED'",
                        s.sessionId));
                assertEquals(1, tables.count("SELECT places_taken FROM session_replica WHERE session_id = ?", s.sessionId));
            }
            given().get("/api/v1/residents/{id}", zhang).then().statusCode(404);
        }
    }

    private String register(String name, String birthDate, String phone, String... groups) {
        Map<String, Object> body = residentBody(community, name, birthDate, List.of(groups));
        body.put("phone", phone);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/residents")
                .then().statusCode(201).extract().path("id");
    }

    private Upstream.Session session(int capacity, Integer offerHours) {
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = capacity;
        session.offerHours = offerHours;
        return knownSession(session);
    }

    private static String status(String enrolmentId) {
        return given().get("/api/v1/enrolments/{id}", enrolmentId).then().statusCode(200).extract().path("status");
    }

    private static void refused(Response response, int status, String code) {
        response.then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
