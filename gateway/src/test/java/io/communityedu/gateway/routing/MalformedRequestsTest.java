package io.communityedu.gateway.routing;

import io.communityedu.localstack.http.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests refused before any route sees them, as problem+json like every other error: a malformed
 * percent-escape in the path ({@code 400}), an overlong request line ({@code 414}), overlong headers
 * ({@code 431}). Only beyond Vert.x's own, much higher limits would a bare answer remain.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class MalformedRequestsTest {

    @Test
    void aMalformedPercentEscapeIsAProblem400() throws IOException {
        for (String path : List.of("/api/v1/communities/%zz", "/api/v1/communities/%", "/api/v1/communities/a%2",
                "/q/openapi%g0", "/nowhere/%1")) {
            try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
                http.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
                RawHttp.Response answer = http.read(false);
                assertEquals(400, answer.status(), path + " -> " + answer);
                assertEquals(GatewayProblem.MEDIA_TYPE, answer.header("Content-Type"), path + " -> " + answer);
                JsonObject problem = new JsonObject(answer.body());
                assertEquals(400, problem.getInteger("status"), answer.body());
                assertEquals("Bad Request", problem.getString("title"));
                assertEquals("about:blank", problem.getString("type"));
                assertTrue(problem.getString("detail").contains("percent"), answer.body());
            }
        }
    }

    @Test
    void anOverlongRequestLineOrOverlongHeadersAreProblemsAndTheConnectionServesOn() throws IOException {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            http.send("GET /api/v1/communities/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertProblem(http.read(false), 414, "URI Too Long");
            http.send("GET /api/v1/communities HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(25_000) + "\r\n\r\n");
            assertProblem(http.read(false), 431, "Request Header Fields Too Large");
            http.send("GET /q/openapi HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals(200, http.read(false).status());
        }
    }

    private static void assertProblem(RawHttp.Response answer, int status, String title) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(GatewayProblem.MEDIA_TYPE, answer.header("Content-Type"), answer.toString());
        JsonObject problem = new JsonObject(answer.body());
        assertEquals(status, problem.getInteger("status"), answer.body());
        assertEquals(title, problem.getString("title"), answer.body());
    }
}
