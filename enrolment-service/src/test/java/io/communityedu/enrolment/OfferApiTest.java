package io.communityedu.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.enrolment.offers.OfferSweeper;
import io.communityedu.localstack.EventContract;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offers (API.md "Oversubscribed sessions" → Offers): offered, accepted, declined, lapsed; reminders; events. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class OfferApiTest extends EnrolmentTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CLOSE = Duration.ofMinutes(1);

    @Inject
    MutableClock clock;

    @Inject
    OfferSweeper sweeper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFreedPlaceIsOfferedInTurnAndAcceptedDeclinedOrLeftToLapse() throws Exception {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 2;
        session.offerHours = 3;
        knownSession(session);
        List<String> e = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            e.add(enrol(resident(community, "候补" + i, "1990-01-01"), session.sessionId).then().statusCode(201)
                    .extract().path("id"));
        }
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED", "WAITLISTED", "WAITLISTED"),
                e.stream().map(id -> get(id).getString("status")).toList());
        String stranger = TestTokens.resident("sub-" + UUID.randomUUID());
        register(stranger, community, "赵六");

        // A cancelled place is offered to the first in line for offerHours; the others move up.
        given().post("/api/v1/enrolments/{id}/cancel", e.get(0)).then().statusCode(200);
        JsonPath offered = get(e.get(2));
        assertEquals("OFFERED", offered.getString("status"));
        assertNull(offered.get("waitlistPosition"));
        assertClose(clock.instant().plus(Duration.ofHours(3)), offered.getString("offerExpiresAt"));
        assertEquals(List.of(1, 2, 3), List.of(position(e.get(3)), position(e.get(4)), position(e.get(5))));
        assertEquals(Map.of("CONFIRMED", 1, "OFFERED", 1, "WAITLISTED", 3), counts(session.sessionId,
                "CONFIRMED", "OFFERED", "WAITLISTED"));

        // Someone else's offer: refused, nothing changes.
        as(stranger).post("/api/v1/enrolments/{id}/accept", e.get(2)).then().statusCode(403);
        as(stranger).post("/api/v1/enrolments/{id}/decline", e.get(2)).then().statusCode(403);
        assertEquals("OFFERED", get(e.get(2)).getString("status"));
        given().post("/api/v1/enrolments/{id}/accept", UUID.randomUUID().toString()).then().statusCode(404);

        // Declined: the place goes to the next in line.
        given().post("/api/v1/enrolments/{id}/decline", e.get(2)).then().statusCode(200)
                .body("status", equalTo("DECLINED"), "offerExpiresAt", nullValue(), "waitlistPosition", nullValue());
        assertEquals("OFFERED", get(e.get(3)).getString("status"));
        assertEquals(List.of(1, 2), List.of(position(e.get(4)), position(e.get(5))));

        // Accepted in time: confirmed; the place stays taken.
        given().post("/api/v1/enrolments/{id}/accept", e.get(3)).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"), "id", equalTo(e.get(3)));
        refused(given().post("/api/v1/enrolments/{id}/accept", e.get(3)), 409, "NOT_OFFERED");
        refused(given().post("/api/v1/enrolments/{id}/decline", e.get(1)), 409, "NOT_OFFERED");
        refused(given().post("/api/v1/enrolments/{id}/accept", e.get(4)), 409, "NOT_OFFERED");
        refused(given().post("/api/v1/enrolments/{id}/decline", e.get(2)), 409, "NOT_OFFERED");
        assertEquals(Map.of("CONFIRMED", 2, "OFFERED", 0, "WAITLISTED", 2), counts(session.sessionId,
                "CONFIRMED", "OFFERED", "WAITLISTED"));

        // Left to lapse: too late to accept even before the sweep; the sweep expires it and offers the place on.
        given().post("/api/v1/enrolments/{id}/cancel", e.get(1)).then().statusCode(200);
        String lapsing = get(e.get(4)).getString("offerExpiresAt");
        clock.advance(Duration.ofHours(3).plusMinutes(1));
        refused(given().post("/api/v1/enrolments/{id}/accept", e.get(4)), 422, "OFFER_EXPIRED");
        refused(given().post("/api/v1/enrolments/{id}/decline", e.get(4)), 422, "OFFER_EXPIRED");
        assertTrue(Set.of("OFFERED", "EXPIRED").contains(get(e.get(4)).getString("status")), "not accepted");
        assertEquals(1, counts(session.sessionId, "CONFIRMED").get("CONFIRMED"));

        sweeper.sweep();
        JsonPath expired = get(e.get(4));
        assertEquals("EXPIRED", expired.getString("status"));
        assertEquals(Instant.parse(lapsing), Instant.parse(expired.getString("offerExpiresAt")), "kept for the record");
        JsonPath next = get(e.get(5));
        assertEquals("OFFERED", next.getString("status"));
        assertClose(clock.instant().plus(Duration.ofHours(3)), next.getString("offerExpiresAt"));
        refused(given().post("/api/v1/enrolments/{id}/accept", e.get(4)), 422, "OFFER_EXPIRED");
        given().post("/api/v1/enrolments/{id}/accept", e.get(5)).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertEquals(Map.of("CONFIRMED", 2, "OFFERED", 0, "WAITLISTED", 0, "DECLINED", 1, "EXPIRED", 1, "CANCELLED", 2),
                counts(session.sessionId, "CONFIRMED", "OFFERED", "WAITLISTED", "DECLINED", "EXPIRED", "CANCELLED"));

        // What reached enrolment-events, checked against docs/asyncapi.yaml.
        try (TopicProbe probe = new TopicProbe(bootstrapServers, "enrolment-events")) {
            List<JsonNode> mine = await().atMost(Duration.ofSeconds(20)).until(
                    () -> probe.records().stream().filter(r -> r.key().equals(session.sessionId))
                            .map(OfferApiTest::parse).toList(),
                    records -> records.size() >= 16);
            EventContract contract = EventContract.load();
            probe.records().stream().filter(r -> r.key().equals(session.sessionId))
                    .map(ConsumerRecord::value).forEach(contract::check);

            assertEquals(List.of("EnrolmentWaitlisted", "EnrolmentOffered", "EnrolmentDeclined"), types(mine, e.get(2)));
            assertEquals(List.of("EnrolmentWaitlisted", "EnrolmentOffered", "EnrolmentAccepted"), types(mine, e.get(3)));
            assertEquals(List.of("EnrolmentWaitlisted", "EnrolmentOffered", "EnrolmentExpired"), types(mine, e.get(4)));
            assertEquals(List.of("EnrolmentWaitlisted", "EnrolmentOffered", "EnrolmentAccepted"), types(mine, e.get(5)));

            JsonNode offer = data(mine, e.get(2), "EnrolmentOffered");
            assertEquals("OFFERED", offer.get("status").asText());
            assertEquals("WAITLISTED", offer.get("previousStatus").asText());
            assertEquals(2, offer.get("placesTaken").asInt());
            assertEquals(Instant.parse(offered.getString("offerExpiresAt")), Instant.parse(offer.get("offerExpiresAt").asText()));
            JsonNode declined = data(mine, e.get(2), "EnrolmentDeclined");
            assertEquals("DECLINED", declined.get("status").asText());
            assertEquals("OFFERED", declined.get("previousStatus").asText());
            assertEquals(1, declined.get("placesTaken").asInt());
            assertTrue(declined.path("offerExpiresAt").isMissingNode() || declined.get("offerExpiresAt").isNull());
            JsonNode accepted = data(mine, e.get(3), "EnrolmentAccepted");
            assertEquals("CONFIRMED", accepted.get("status").asText());
            assertEquals("OFFERED", accepted.get("previousStatus").asText());
            assertEquals(2, accepted.get("placesTaken").asInt());
            JsonNode lapsed = data(mine, e.get(4), "EnrolmentExpired");
            assertEquals("EXPIRED", lapsed.get("status").asText());
            assertEquals("OFFERED", lapsed.get("previousStatus").asText());
            assertEquals(1, lapsed.get("placesTaken").asInt());
            assertEquals(Instant.parse(lapsing), Instant.parse(lapsed.get("offerExpiresAt").asText()));
            JsonNode passedOn = data(mine, e.get(5), "EnrolmentOffered");
            assertEquals("WAITLISTED", passedOn.get("previousStatus").asText());
            assertEquals(Instant.parse(next.getString("offerExpiresAt")), Instant.parse(passedOn.get("offerExpiresAt").asText()));
        }
    }

    @Test
    void raisedCapacityOffersThePlacesWhenTheSessionHasOfferHoursAndPromotesWithout() {
        String community = knownCommunity();
        Upstream.Session offering = new Upstream.Session(community);
        offering.capacity = 1;
        offering.offerHours = 2;
        knownSession(offering);
        Upstream.Session promoting = new Upstream.Session(community);
        promoting.capacity = 1;
        knownSession(promoting);
        List<String> offers = new ArrayList<>();
        List<String> promotions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            offers.add(enrol(resident(community, "甲" + i, "1990-01-01"), offering.sessionId).path("id"));
            promotions.add(enrol(resident(community, "乙" + i, "1990-01-01"), promoting.sessionId).path("id"));
        }

        offering.version = 2;
        offering.capacity = 3;
        upstream.publish(offering);
        promoting.version = 2;
        promoting.capacity = 2;
        upstream.publish(promoting);

        await().atMost(Duration.ofSeconds(20)).until(() -> "OFFERED".equals(get(offers.get(2)).getString("status")));
        assertEquals("OFFERED", get(offers.get(1)).getString("status"));
        assertClose(clock.instant().plus(Duration.ofHours(2)), get(offers.get(1)).getString("offerExpiresAt"));
        assertEquals(Map.of("CONFIRMED", 1, "OFFERED", 2), counts(offering.sessionId, "CONFIRMED", "OFFERED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> "CONFIRMED".equals(get(promotions.get(1)).getString("status")));
        given().post("/api/v1/enrolments/{id}/cancel", promotions.get(0)).then().statusCode(200);
        JsonPath promoted = get(promotions.get(2));
        assertEquals("CONFIRMED", promoted.getString("status"));
        assertNull(promoted.get("offerExpiresAt"));
        refused(given().post("/api/v1/enrolments/{id}/accept", promotions.get(2)), 409, "NOT_OFFERED");
    }

    @Test
    void offersRemindersAndLapsesReachTheResidentAndTheGuardianOnly() {
        String community = knownCommunity();
        Upstream.Session first = new Upstream.Session(community);
        first.capacity = 1;
        first.offerHours = 3;
        knownSession(first);
        Upstream.Session second = new Upstream.Session(community);
        second.capacity = 1;
        second.offerHours = 3;
        knownSession(second);
        String adult = TestTokens.resident("sub-" + UUID.randomUUID());
        String adultId = register(adult, community, "李明");
        String guardian = TestTokens.resident("sub-" + UUID.randomUUID());
        register(guardian, community, "王芳");
        String wardId = as(guardian).contentType(ContentType.JSON).body(Map.of("name", "王小明", "birthDate", "2015-06-01",
                "groups", List.of(), "guardianConsent", true)).post("/api/v1/me/wards").then().statusCode(201)
                .extract().path("id");
        String stranger = TestTokens.resident("sub-" + UUID.randomUUID());
        register(stranger, community, "赵六");

        String filler = enrol(resident(community, "占位", "1990-01-01"), first.sessionId).path("id");
        String adultFirst = enrolAs(adult, adultId, first.sessionId);
        String wardFirst = enrolAs(guardian, wardId, first.sessionId);
        given().post("/api/v1/enrolments/{id}/cancel", filler).then().statusCode(200);
        assertEquals(List.of("PLACE_OFFERED", "WAITLISTED"), kinds(adult));
        assertTrue(inbox(adult).getString("items[0].body").contains("请在"), "names the deadline");

        // 1h59m before the lapse: reminded once, however often swept.
        clock.advance(Duration.ofMinutes(61));
        sweeper.sweep();
        sweeper.sweep();
        assertEquals(List.of("OFFER_EXPIRING", "PLACE_OFFERED", "WAITLISTED"), kinds(adult));
        assertEquals(List.of("WAITLISTED"), kinds(guardian));

        // Lapsed: expired, and the ward is offered the place.
        clock.advance(Duration.ofHours(2));
        sweeper.sweep();
        assertEquals(List.of("OFFER_EXPIRED", "OFFER_EXPIRING", "PLACE_OFFERED", "WAITLISTED"), kinds(adult));
        assertEquals(List.of("PLACE_OFFERED", "WAITLISTED"), kinds(guardian));
        clock.advance(Duration.ofMinutes(61));
        sweeper.sweep();
        sweeper.sweep();
        assertEquals(List.of("OFFER_EXPIRING", "PLACE_OFFERED", "WAITLISTED"), kinds(guardian));

        // Declined by the guardian: a cancellation that says so.
        as(guardian).post("/api/v1/enrolments/{id}/decline", wardFirst).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        JsonPath theirs = inbox(guardian);
        assertEquals("CANCELLED", theirs.getString("items[0].kind"));
        assertTrue(theirs.getString("items[0].body").contains("放弃"), theirs.getString("items[0].body"));

        // Accepted: confirmed, for the adult and for the ward alike.
        String filler2 = enrol(resident(community, "占位二", "1990-01-01"), second.sessionId).path("id");
        String adultSecond = enrolAs(adult, adultId, second.sessionId);
        String wardSecond = enrolAs(guardian, wardId, second.sessionId);
        given().post("/api/v1/enrolments/{id}/cancel", filler2).then().statusCode(200);
        as(adult).post("/api/v1/enrolments/{id}/accept", adultSecond).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(adult).post("/api/v1/enrolments/{id}/cancel", adultSecond).then().statusCode(200);
        as(guardian).post("/api/v1/enrolments/{id}/accept", wardSecond).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));

        JsonPath mine = inbox(adult);
        assertEquals(List.of("CANCELLED", "ENROLMENT_CONFIRMED", "PLACE_OFFERED", "WAITLISTED",
                "OFFER_EXPIRED", "OFFER_EXPIRING", "PLACE_OFFERED", "WAITLISTED"), mine.getList("items.kind"));
        assertEquals(List.of(adultSecond, adultSecond, adultSecond, adultSecond,
                adultFirst, adultFirst, adultFirst, adultFirst), mine.getList("items.enrolmentId"));
        theirs = inbox(guardian);
        assertEquals(List.of("ENROLMENT_CONFIRMED", "PLACE_OFFERED", "WAITLISTED",
                "CANCELLED", "OFFER_EXPIRING", "PLACE_OFFERED", "WAITLISTED"), theirs.getList("items.kind"));
        assertEquals(List.of(wardSecond, wardSecond, wardSecond, wardFirst, wardFirst, wardFirst, wardFirst),
                theirs.getList("items.enrolmentId"));
        assertEquals(0, inbox(stranger).getInt("total"));
    }

    private void assertClose(Instant expected, String actual) {
        Duration off = Duration.between(expected, Instant.parse(actual)).abs();
        assertTrue(off.compareTo(CLOSE) < 0, "expected about " + expected + ", was " + actual);
    }

    private static JsonPath get(String id) {
        return given().get("/api/v1/enrolments/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static Integer position(String id) {
        return get(id).get("waitlistPosition");
    }

    private static void refused(Response response, int status, String code) {
        response.then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
    }

    /** Roster totals by status. */
    static Map<String, Integer> counts(String sessionId, String... statuses) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String status : statuses) {
            counts.put(status, given().queryParam("sessionId", sessionId).queryParam("status", status)
                    .get("/api/v1/enrolments").then().statusCode(200).extract().jsonPath().getInt("total"));
        }
        return counts;
    }

    private static String register(String token, String community, String name) {
        return as(token).contentType(ContentType.JSON).body(residentBody(community, name, "1980-01-01", List.of()))
                .post("/api/v1/me").then().statusCode(201).extract().path("id");
    }

    private static String enrolAs(String token, String residentId, String sessionId) {
        return as(token).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments").then().statusCode(201).extract().path("id");
    }

    private static JsonPath inbox(String token) {
        return as(token).queryParam("size", 50).get("/api/v1/me/notifications").then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> kinds(String token) {
        return inbox(token).getList("items.kind");
    }

    private static List<String> types(List<JsonNode> events, String enrolmentId) {
        return events.stream().filter(e -> enrolmentId.equals(e.at("/data/enrolmentId").asText()))
                .map(e -> e.get("type").asText()).toList();
    }

    private static JsonNode data(List<JsonNode> events, String enrolmentId, String type) {
        return events.stream().filter(e -> enrolmentId.equals(e.at("/data/enrolmentId").asText())
                && e.get("type").asText().equals(type)).findFirst().orElseThrow().get("data");
    }

    private static JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
