package io.communityedu.enrolment;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The schedules themselves (elsewhere switched off, so that they never race a test that moved the clock): a closed
 * lottery nobody draws by hand is drawn, and a lapsed offer expires and the place is offered on, with no one asking.
 */
@QuarkusTest
@TestProfile(ScheduledWorkTest.SchedulesRunning.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class ScheduledWorkTest extends EnrolmentTestBase {

    /** Both schedules every second instead of every 15 s, so the tests wait seconds rather than minutes. */
    public static class SchedulesRunning implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("draws.every", "1s", "offers.every", "1s");
        }
    }

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSchedulerDrawsAClosedLotteryByItself() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.allocation = "LOTTERY";
        session.capacity = 1;
        session.enrolmentClosesAt = Instant.now().plus(Duration.ofHours(1)).toString();
        knownSession(session);
        String a = enrol(resident(community, "甲", "1990-01-01"), session.sessionId).then().statusCode(201).extract().path("id");
        String b = enrol(resident(community, "乙", "1990-01-01"), session.sessionId).then().statusCode(201).extract().path("id");

        clock.advance(Duration.ofHours(2)); // closed now; nobody draws by hand
        JsonPath draw = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(
                () -> given().get("/api/v1/draws/{id}", session.sessionId).then().statusCode(200).extract().jsonPath(),
                d -> d.getString("drawnAt") != null);
        assertEquals(List.of("CONFIRMED", "WAITLISTED"), draw.getList("order.status"));
        assertEquals(List.of(a, b).stream().sorted().toList(), draw.<String>getList("order.enrolmentId").stream().sorted().toList());
        // Read by any signed-in caller, district systems included.
        as(TestTokens.resident("sub-" + UUID.randomUUID())).get("/api/v1/draws/{id}", session.sessionId)
                .then().statusCode(200).body("seed", equalTo(draw.getString("seed")));
        as(TestTokens.statisticsReader()).get("/api/v1/draws/{id}", session.sessionId).then().statusCode(200);
    }

    @Test
    void theSweeperExpiresALapsedOfferAndOffersThePlaceOn() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        session.offerHours = 1;
        knownSession(session);
        List<String> e = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            e.add(enrol(resident(community, "丙" + i, "1990-01-01"), session.sessionId).path("id"));
        }
        given().post("/api/v1/enrolments/{id}/cancel", e.get(0)).then().statusCode(200);
        assertEquals("OFFERED", status(e.get(1)));

        clock.advance(Duration.ofMinutes(61));

        await().atMost(Duration.ofSeconds(20)).until(() -> "EXPIRED".equals(status(e.get(1))));
        assertEquals("OFFERED", status(e.get(2)));
    }

    private static String status(String enrolmentId) {
        return given().get("/api/v1/enrolments/{id}", enrolmentId).then().statusCode(200).extract().path("status");
    }
}
