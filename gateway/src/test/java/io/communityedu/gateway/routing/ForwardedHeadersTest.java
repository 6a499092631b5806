package io.communityedu.gateway.routing;

import io.communityedu.localstack.http.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 127.0.0.1 is the one trusted proxy; a client connecting from 127.0.0.2 is anybody. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestProfile(ForwardedHeadersTest.TrustLoopback.class)
class ForwardedHeadersTest {

    public static class TrustLoopback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.trusted-proxies", "127.0.0.1/32, 10.0.0.0/8");
        }
    }

    private static JsonObject seenByService(String from) throws IOException {
        try (RawHttp http = new RawHttp("127.0.0.1", RestAssured.port, from)) {
            http.send("GET /api/v1/communities HTTP/1.1\r\nHost: gateway.example:8080\r\nX-Forwarded-For: 198.51.100.7, 10.1.2.3\r\n"
                    + "X-Forwarded-Proto: https\r\nX-Forwarded-Host: evil.example\r\n\r\n");
            RawHttp.Response answer = http.read(false);
            assertEquals(200, answer.status(), answer.toString());
            return new JsonObject(answer.body());
        }
    }

    @Test
    void aTrustedProxysForwardedHeadersAreAppendedToAndKept() throws IOException {
        JsonObject seen = seenByService("127.0.0.1");
        assertEquals("198.51.100.7, 10.1.2.3, 127.0.0.1", seen.getString("forwardedFor"));
        assertEquals("https", seen.getString("forwardedProto"));
        assertEquals("8080", seen.getString("forwardedPort"), "the port of the Host the proxy passed on");
    }

    @Test
    void anyoneElsesAreReplacedByWhatTheGatewaySees() throws IOException {
        JsonObject seen = seenByService("127.0.0.2");
        assertEquals("127.0.0.2", seen.getString("forwardedFor"));
        assertEquals("http", seen.getString("forwardedProto"));
        assertEquals("8080", seen.getString("forwardedPort"));
        assertEquals(null, seen.getString("forwardedHost"));
    }
}
