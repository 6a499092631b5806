package io.communityedu.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The community-year report as the tests compare it with a hand count: its JSON without {@code asOf}. */
final class CommunityReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommunityReports() {
    }

    /** Waits until the report equals the expected JSON (events take their time to be folded in). */
    static void awaitReport(String community, int year, String expected, Duration limit) {
        JsonNode wanted = json(expected);
        await().atMost(limit).untilAsserted(() -> {
            Response response = report(community, year);
            assertEquals(200, response.statusCode(), response.asString());
            assertEquals(wanted, withoutAsOf(response));
        });
    }

    static Response report(String community, int year) {
        return given().get("/api/v1/statistics/communities/{code}/years/{year}", community, year);
    }

    static JsonNode withoutAsOf(Response response) {
        ObjectNode body = (ObjectNode) json(response.asString());
        assertFalse(body.path("asOf").isMissingNode());
        body.remove("asOf");
        return body;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
