package io.communityedu.enrolment;

import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.communityedu.localstack.Concurrently.inParallel;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Capacity is a hard limit whatever the concurrency: the session row's lock in the database decides. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class CapacityUnderConcurrencyTest extends EnrolmentTestBase {

    @Test
    void twoHundredParallelEnrolmentsIntoThirtyPlacesConfirmThirtyAndWaitlistTheRestInOrder() throws Exception {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 30;
        knownSession(session);
        List<String> residents = IntStream.range(0, 200)
                .mapToObj(i -> resident(community, "居民" + i, "1990-01-01")).toList();

        List<Map<String, Object>> answers = inParallel(residents.stream()
                .map(r -> (java.util.concurrent.Callable<Map<String, Object>>) () -> {
                    io.restassured.response.Response response = enrol(r, session.sessionId);
                    assertEquals(201, response.statusCode(), response.asString());
                    return response.jsonPath().getMap("");
                }).toList());

        long confirmed = answers.stream().filter(a -> "CONFIRMED".equals(a.get("status"))).count();
        List<Integer> positions = answers.stream().filter(a -> "WAITLISTED".equals(a.get("status")))
                .map(a -> (Integer) a.get("waitlistPosition")).sorted().toList();
        assertEquals(30, confirmed);
        assertEquals(IntStream.rangeClosed(1, 170).boxed().toList(), positions, "positions 1..170, each once");
        assertEquals(200, answers.stream().map(a -> a.get("residentId")).distinct().count());

        JsonPath roster = given().queryParam("sessionId", session.sessionId).queryParam("size", 100)
                .queryParam("status", "CONFIRMED").get("/api/v1/enrolments").jsonPath();
        assertEquals(30, roster.getInt("total"));
        JsonPath waitlist = given().queryParam("sessionId", session.sessionId).queryParam("size", 100)
                .queryParam("status", "WAITLISTED").queryParam("page", 1).get("/api/v1/enrolments").jsonPath();
        assertEquals(170, waitlist.getInt("total"));
        assertEquals(IntStream.rangeClosed(101, 170).boxed().toList(), waitlist.getList("items.waitlistPosition"));
    }

    @Test
    void theSameResidentEnrollingTwentyTimesAtOnceHoldsOnePlace() throws Exception {
        String community = knownCommunity();
        Upstream.Session session = knownSession(new Upstream.Session(community));
        String resident = resident(community, "心急的人", "1990-01-01");

        List<Integer> statuses = inParallel(Collections.nCopies(20,
                () -> enrol(resident, session.sessionId).statusCode()));

        assertEquals(Map.of(201, 1L, 409, 19L),
                statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())));
    }
}
