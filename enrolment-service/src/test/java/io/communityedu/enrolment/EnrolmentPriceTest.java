package io.communityedu.enrolment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.communityedu.localstack.EventContract;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Prices (API.md "The rest of the plan" -> Prices): fixed when an enrolment is made, from the replica's fee and discount. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class EnrolmentPriceTest extends EnrolmentTestBase {

    /** Money as BigDecimal, two decimals kept, so that equals also checks them. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    private static final JsonPathConfig MONEY = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void residentsOfTheProgrammesCommunityPayTheDiscountedPriceEveryoneElseTheFee() {
        String community = knownCommunity();
        String elsewhere = knownCommunity();
        Upstream.Session session = new Upstream.Session(community).taughtBy(UUID.randomUUID().toString(), 15);
        session.fee = new BigDecimal("99.99");
        knownSession(session);

        Response local = enrol(resident(community, "本社区居民", "1980-01-01"), session.sessionId);
        local.then().statusCode(201);
        assertPriced(local, "99.99", "84.99");
        assertPriced(given().get("/api/v1/enrolments/{id}", local.path("id").toString()), "99.99", "84.99");
        Response visitor = enrol(resident(elsewhere, "外社区居民", "1980-01-01"), session.sessionId);
        visitor.then().statusCode(201);
        assertPriced(visitor, "99.99", "99.99");

        Upstream.Session withoutProvider = new Upstream.Session(community);
        withoutProvider.fee = new BigDecimal("50.00");
        knownSession(withoutProvider);
        assertPriced(enrol(resident(community, "无机构项目学员", "1980-01-01"), withoutProvider.sessionId), "50.00", "50.00");

        // A resident's own list carries them too. She typed her community's code in capitals: the database finds
        // the community anyway, and she is registered (and priced) under the code as the community has it.
        String me = TestTokens.resident("sub-" + UUID.randomUUID());
        given().header("Authorization", "Bearer " + me).contentType(ContentType.JSON)
                .body(Map.of("name", "自助居民", "birthDate", "1985-02-01", "communityCode", community.toUpperCase(Locale.ROOT),
                        "groups", List.of()))
                .post("/api/v1/me").then().statusCode(201).body("communityCode", equalTo(community));
        String own = given().header("Authorization", "Bearer " + me).contentType(ContentType.JSON)
                .body(Map.of("residentId", given().header("Authorization", "Bearer " + me).get("/api/v1/me").path("id"),
                        "sessionId", session.sessionId))
                .post("/api/v1/enrolments").then().statusCode(201).extract().path("id");
        Response mine = given().header("Authorization", "Bearer " + me).get("/api/v1/me/enrolments");
        mine.then().statusCode(200).body("items[0].id", equalTo(own));
        assertEquals(new BigDecimal("99.99"), mine.jsonPath(MONEY).get("items[0].fee"));
        assertEquals(new BigDecimal("84.99"), mine.jsonPath(MONEY).get("items[0].price"));
    }

    @Test
    void aNewFeeOrDiscountPricesOnlyLaterEnrolmentsAndEventsCarryThePrice() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community).taughtBy(UUID.randomUUID().toString(), 15);
        session.fee = new BigDecimal("99.99");
        knownSession(session);
        String first = resident(community, "甲", "1980-01-01");
        Map<String, String> firstBody = Map.of("residentId", first, "sessionId", session.sessionId);
        String key = "price-" + UUID.randomUUID();
        Response made = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(firstBody)
                .post("/api/v1/enrolments");
        made.then().statusCode(201);
        assertPriced(made, "99.99", "84.99");
        String early = made.path("id");

        // The session's fee rises (SessionChanged).
        session.fee = new BigDecimal("120.00");
        session.version = 2;
        upstream.publish(session);
        awaitApplied(session);
        String middle = enrol(resident(community, "乙", "1980-01-01"), session.sessionId).path("id");
        assertPriced(given().get("/api/v1/enrolments/{id}", middle), "120.00", "102.00");

        // The programme's fee rises again and its provider's discount changes (ProgrammeChanged).
        session.fee = new BigDecimal("150.00");
        session.taughtBy(UUID.randomUUID().toString(), 50);
        session.programmeVersion = 2;
        upstream.programmeChanged(session);
        awaitApplied(session);
        String late = enrol(resident(community, "丙", "1980-01-01"), session.sessionId).path("id");
        assertPriced(given().get("/api/v1/enrolments/{id}", late), "150.00", "75.00");

        assertPriced(given().get("/api/v1/enrolments/{id}", early), "99.99", "84.99");
        assertPriced(given().get("/api/v1/enrolments/{id}", middle), "120.00", "102.00");
        Response replayed = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(firstBody)
                .post("/api/v1/enrolments");
        replayed.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(early));
        assertPriced(replayed, "99.99", "84.99");
        given().post("/api/v1/enrolments/{id}/cancel", early).then().statusCode(200);

        try (TopicProbe probe = new TopicProbe(bootstrapServers, "enrolment-events")) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20)).until(
                    () -> probe.records().stream().filter(r -> r.key().equals(session.sessionId)).toList(),
                    found -> found.size() >= 4);
            EventContract contract = EventContract.load();
            records.forEach(r -> contract.check(r.value()));
            List<JsonNode> events = records.stream().map(EnrolmentPriceTest::parse).toList();
            assertEquals(List.of("EnrolmentConfirmed", "EnrolmentConfirmed", "EnrolmentConfirmed", "EnrolmentCancelled"),
                    events.stream().map(e -> e.get("type").asText()).toList());
            assertEventPriced(events.get(0), early, "99.99", "84.99");
            assertEventPriced(events.get(1), middle, "120.00", "102.00");
            assertEventPriced(events.get(2), late, "150.00", "75.00");
            assertEventPriced(events.get(3), early, "99.99", "84.99"); // a later change keeps the price
        }
    }

    /** A new session under the programme's key has been applied, so everything published before it has too. */
    private void awaitApplied(Upstream.Session session) {
        knownSession(new Upstream.Session(session.communityCode, session.programmeId));
    }

    private static void assertPriced(Response response, String fee, String price) {
        assertEquals(new BigDecimal(fee), response.jsonPath(MONEY).get("fee"), response.asString());
        assertEquals(new BigDecimal(price), response.jsonPath(MONEY).get("price"), response.asString());
    }

    private static void assertEventPriced(JsonNode event, String enrolmentId, String fee, String price) {
        JsonNode data = event.get("data");
        assertEquals(enrolmentId, data.get("enrolmentId").asText());
        assertEquals(new BigDecimal(fee), data.get("fee").decimalValue(), event.toString());
        assertEquals(new BigDecimal(price), data.get("price").decimalValue(), event.toString());
    }

    private static JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
