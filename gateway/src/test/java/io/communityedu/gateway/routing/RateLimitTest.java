package io.communityedu.gateway.routing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tiny limits that refill only once an hour, so every request counts: 3 per caller (token sub),
 * 6 per client address. 127.0.0.1 is a trusted proxy here, so each test speaks for its own client
 * address with {@code X-Forwarded-For}.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestProfile(RateLimitTest.TinyLimits.class)
class RateLimitTest {

    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.period", "1h",
                    "gateway.rate-limit.per-caller.requests", "1", "gateway.rate-limit.per-caller.burst", "3",
                    "gateway.rate-limit.per-address.requests", "1", "gateway.rate-limit.per-address.burst", "6",
                    "gateway.trusted-proxies", "127.0.0.1/32");
        }
    }

    static String token(String sub) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + sub + "\"}").getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    private static Response get(String client, String authorization) {
        var request = given().header("X-Forwarded-For", client);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.when().get("/api/v1/me");
    }

    @Test
    void aCallerOverItsLimitGetsAProblem429WithRetryAfterAndOthersGoOn() {
        for (int i = 0; i < 3; i++) {
            get("203.0.113.1", token("officer-a")).then().statusCode(200);
        }
        get("203.0.113.1", token("officer-a")).then().statusCode(429)
                .contentType(GatewayProblem.MEDIA_TYPE)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Too Many Requests"))
                .body("status", equalTo(429));
        // Another caller behind the same address has its own bucket...
        get("203.0.113.1", token("officer-b")).then().statusCode(200);
        // ...and the same caller from elsewhere is still over its limit.
        get("203.0.113.99", token("officer-a")).then().statusCode(429);
    }

    @Test
    void madeUpSubjectsDoNotGetRoundTheLimitOfTheirAddress() {
        for (int i = 0; i < 6; i++) {
            get("203.0.113.2", token("random-" + i)).then().statusCode(200);
        }
        get("203.0.113.2", token("random-new")).then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"));
        get("203.0.113.2", null).then().statusCode(429);
        get("203.0.113.2", "Bearer not-a-token.at-all.x").then().statusCode(429);
    }

    @Test
    void anonymousCallsAreLimitedByAddressAndNothingIsLostUnderConcurrency() throws Exception {
        // 20 parallel requests from one address: exactly 6 are let through, as the bucket holds.
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> get("203.0.113.3", null).statusCode()));
            }
            int ok = 0;
            int limited = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                ok += status == 200 ? 1 : 0;
                limited += status == 429 ? 1 : 0;
            }
            assertEquals(6, ok);
            assertEquals(14, limited);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheApiIsLimited() {
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", "203.0.113.4").get("/q/health/live").then().statusCode(200);
        }
    }
}
