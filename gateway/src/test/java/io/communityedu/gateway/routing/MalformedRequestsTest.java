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
 * Requests the HTTP layer refuses before any route sees them. A malformed percent-escape in the path
 * is a problem+json {@code 400} like every other error. An overlong request line ({@code 414}) or
 * overlong headers ({@code 431}) are refused by Vert.x's invalid-request handler, which Quarkus
 * 3.34.3 gives no way to replace (README, "The gateway in brief"): those stay bare answers that
 * close the connection, and the test pins that down so a Quarkus that adds the hook shows here.
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
    void anOverlongRequestLineOrOverlongHeadersAreRefusedAndTheConnectionClosed() throws IOException {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            http.send("GET /api/v1/communities/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Response answer = http.read(false);
            assertEquals(414, answer.status(), answer.toString());
            assertTrue(http.closedByPeer());
        }
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            http.send("GET /api/v1/communities HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(25_000) + "\r\n\r\n");
            RawHttp.Response answer = http.read(false);
            assertEquals(431, answer.status(), answer.toString());
            assertTrue(http.closedByPeer());
        }
    }
}
