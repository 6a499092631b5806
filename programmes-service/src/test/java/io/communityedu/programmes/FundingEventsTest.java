package io.communityedu.programmes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.localstack.ActingAsAdmin;
import io.communityedu.localstack.EventContract;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.communityedu.programmes.Ledgers.EXPENDITURES;
import static io.communityedu.programmes.Ledgers.LINES;
import static io.communityedu.programmes.Ledgers.PLAN;
import static io.communityedu.programmes.Ledgers.REVERSAL;
import static io.communityedu.programmes.Ledgers.book;
import static io.communityedu.programmes.Ledgers.exact;
import static io.communityedu.programmes.Ledgers.expenditure;
import static io.communityedu.programmes.Ledgers.line;
import static io.communityedu.programmes.Ledgers.planBody;
import static io.communityedu.programmes.Ledgers.reverse;
import static io.communityedu.programmes.Ledgers.sixLines;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan's budget lines and the ledger reach the broker as the AsyncAPI document describes them,
 * under the community's key, without payees, descriptions or reasons; refusals publish nothing.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
@ExtendWith(ActingAsAdmin.class)
class FundingEventsTest {

    private static final String PAYEE = "清河区社区学院（私密收款方）";
    private static final String DESCRIPTION = "家长学校授课费，联系人手机13800000000";
    private static final String REASON = "重复记账，财务退回";

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
    void publishesPlanSetWithLinesAndEveryLedgerEntryAndNothingForRefusals() {
        String code = Fixtures.community("清淮路社区");
        exact().body(planBody("150000.00", sixLines())).put(PLAN, code, 2010).then().statusCode(201);
        exact().body(Map.of("lines", List.of(line("TEACHING", "100000.00"), line("OTHER", "50000.00"))))
                .put(LINES, code, 2010).then().statusCode(200);
        Map<String, Object> body = expenditure("2010-04-01", "TEACHING", "12345.67", PAYEE);
        body.put("description", DESCRIPTION);
        String programmeId = Fixtures.programme(code, "家长学校");
        body.put("programmeId", programmeId);
        String booked = book(code, 2010, body);
        refuseBookingsAndPlanChanges(code);
        String reversal = reverse(code, 2010, booked, REASON);
        exact().body(Map.of("reason", REASON)).post(REVERSAL, code, 2010, booked).then().statusCode(409);
        exact().body(Map.of("reason", REASON)).post(REVERSAL, code, 2010, reversal).then().statusCode(422);
        exact().body(Map.of("reason", REASON, "date", "2009-12-31")).post(REVERSAL, code, 2010, booked)
                .then().statusCode(400);
        // Booked last: once it is on the topic, so would be anything the refusals before it had published.
        String marker = book(code, 2010, expenditure("2010-12-31", "OTHER", "0.01", PAYEE));

        List<JsonNode> events = await().atMost(Duration.ofSeconds(20)).until(() -> events(code),
                e -> e.stream().anyMatch(event -> marker.equals(event.at("/data/entryId").asText())));
        assertEquals(List.of("CommunityRegistered", "PlanSet", "PlanSet", "ExpenditureBooked", "ExpenditureReversed",
                        "ExpenditureBooked"),
                events.stream().map(e -> e.get("type").asText()).toList());

        JsonNode created = events.get(1).get("data");
        assertEquals(12, created.get("regularMeetingsPlanned").asInt());
        assertEquals(List.of("TEACHING", "MATERIALS", "VENUES", "PUBLICITY", "STAFF_DEVELOPMENT", "OTHER"),
                created.get("budgetLines").findValuesAsText("category"));
        JsonNode split = events.get(2).get("data");
        assertEquals(created.get("version").asLong() + 1, split.get("version").asLong(), "new lines, new version");
        assertEquals(2, split.get("budgetLines").size());

        JsonNode entry = events.get(3).get("data");
        assertEquals(booked, entry.get("entryId").asText());
        assertEquals(code, entry.get("communityCode").asText());
        assertEquals(2010, entry.get("year").asInt());
        assertEquals("2010-04-01", entry.get("date").asText());
        assertEquals("TEACHING", entry.get("category").asText());
        assertEquals(programmeId, entry.get("programmeId").asText());
        assertTrue(entry.get("reversalOf").isNull());
        JsonNode reversed = events.get(4).get("data");
        assertEquals(reversal, reversed.get("entryId").asText());
        assertEquals(booked, reversed.get("reversalOf").asText());
        assertEquals("2010-04-01", reversed.get("date").asText());

        List<String> raw = probe.records().stream().filter(r -> code.equals(r.key())).map(ConsumerRecord::value).toList();
        assertTrue(raw.get(1).contains("\"budget\":150000.00") && raw.get(1).contains("\"amount\":60000.00"), raw.get(1));
        assertTrue(raw.get(3).contains("\"amount\":12345.67"), raw.get(3));
        assertTrue(raw.get(4).contains("\"amount\":-12345.67"), raw.get(4));
        assertTrue(raw.get(5).contains("\"amount\":0.01"), raw.get(5));
        EventContract contract = EventContract.load();
        for (String event : raw) {
            contract.check(event);
            for (String secret : new String[]{PAYEE, DESCRIPTION, REASON, "payee", "description", "reason"}) {
                assertFalse(event.contains(secret), "events carry no " + secret + ": " + event);
            }
        }
    }

    /** The refusals of bookings and plan changes, against a plan of 150,000.00 split in two with 12,345.67 spent. */
    private static void refuseBookingsAndPlanChanges(String code) {
        List<Map.Entry<Object, Integer>> bookings = List.of(
                Map.entry(expenditure("2010-05-01", "OTHER", "-1.00", PAYEE), 400),
                Map.entry("{\"date\": \"2010-05-01\", \"category\": \"OTHER\", \"amount\": 1.001, \"payee\": \"甲\"}", 400),
                Map.entry(expenditure("2011-01-01", "OTHER", "1.00", PAYEE), 400),
                Map.entry(expenditure("2010-05-01", "OTHER", "150000.00", PAYEE), 422),
                Map.entry(withProgramme(expenditure("2010-05-01", "OTHER", "1.00", PAYEE), UUID.randomUUID().toString()), 422));
        bookings.forEach(r -> exact().body(r.getKey()).post(EXPENDITURES, code, 2010).then().statusCode(r.getValue()));
        exact().header("Authorization", "Bearer " + TestTokens.staff("some-other-community"))
                .body(expenditure("2010-05-01", "OTHER", "1.00", PAYEE)).post(EXPENDITURES, code, 2010)
                .then().statusCode(403);
        exact().body(Map.of("lines", List.of(line("TEACHING", "1.00")))).put(LINES, code, 2010).then().statusCode(422);
        exact().body(planBody("0.00", List.of())).put(PLAN, code, 2010).then().statusCode(409);
        exact().body(planBody("200000.00", null)).put(PLAN, code, 2010).then().statusCode(422);
    }

    private static Map<String, Object> withProgramme(Map<String, Object> body, String programmeId) {
        body.put("programmeId", programmeId);
        return body;
    }

    private List<JsonNode> events(String key) {
        return probe.records().stream().filter(r -> key.equals(r.key())).map(this::parse).toList();
    }

    private JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
