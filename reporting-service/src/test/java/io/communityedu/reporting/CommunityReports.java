package io.communityedu.reporting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics as the tests compare them with a hand count: the community-year report as JSON without
 * {@code asOf}, the district summary as JSON and as CSV. Numbers compare as written, so money must come
 * with its two decimals: 150000.00 matches neither 150000 nor 1.5E+5.
 */
final class CommunityReports {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final Comparator<JsonNode> AS_WRITTEN = (expected, actual) -> expected.isNumber() && actual.isNumber()
            ? expected.asText().compareTo(actual.asText())
            : expected.equals(actual) ? 0 : 1;

    private CommunityReports() {
    }

    /** Waits until the report equals the expected JSON (events take their time to be folded in). */
    static void awaitReport(String community, int year, String expected, Duration limit) {
        await().atMost(limit).untilAsserted(() -> assertReport(expected, report(community, year)));
    }

    static void assertReport(String expected, Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        assertSameJson(json(expected), withoutAsOf(response));
    }

    static Response report(String community, int year) {
        return given().get("/api/v1/statistics/communities/{code}/years/{year}", community, year);
    }

    /** Waits until the district summary of the year equals the expected JSON and CSV. */
    static void awaitDistrict(int year, String expectedJson, String expectedCsv, Duration limit) {
        await().atMost(limit).untilAsserted(() -> assertDistrict(year, expectedJson, expectedCsv));
    }

    /**
     * Compares the rows of the communities the expected JSON lists, in their order (other tests' communities
     * may have plans in the same year), and the CSV's header.
     */
    static void assertDistrict(int year, String expectedJson, String expectedCsv) {
        JsonNode expected = json(expectedJson);
        Set<String> communities = new HashSet<>(expected.get("communities").findValuesAsText("communityCode"));
        Response json = given().get("/api/v1/statistics/years/{year}", year);
        assertEquals(200, json.statusCode(), json.asString());
        ObjectNode actual = (ObjectNode) json(json.asString());
        JsonNode everyRow = actual.get("communities");
        ArrayNode rows = actual.putArray("communities");
        everyRow.forEach(row -> {
            if (communities.contains(row.get("communityCode").asText())) {
                rows.add(row);
            }
        });
        assertSameJson(expected, actual);

        Response csv = given().accept("text/csv").get("/api/v1/statistics/years/{year}", year);
        assertEquals(200, csv.statusCode(), csv.asString());
        List<String> lines = List.of(csv.asString().split("(?<=\r\n)"));
        assertEquals(expectedCsv, lines.get(0) + lines.stream().skip(1)
                .filter(line -> communities.contains(line.substring(0, line.indexOf(','))))
                .collect(Collectors.joining()));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static JsonNode withoutAsOf(Response response) {
        ObjectNode body = (ObjectNode) json(response.asString());
        assertFalse(body.path("asOf").isMissingNode());
        body.remove("asOf");
        return body;
    }

    private static void assertSameJson(JsonNode expected, JsonNode actual) {
        assertTrue(expected.equals(AS_WRITTEN, actual), () -> "expected " + expected + "\n but was " + actual);
    }
}
