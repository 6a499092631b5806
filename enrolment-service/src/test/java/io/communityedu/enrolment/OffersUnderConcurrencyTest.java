package io.communityedu.enrolment;

import io.communityedu.enrolment.offers.OfferSweeper;
import io.communityedu.enrolment.persistence.SessionReplicaRepository;
import io.communityedu.localstack.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.communityedu.localstack.Concurrently.inParallel;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Offers keep capacity a hard limit whatever the concurrency: cancels, accepts, declines and sweeps (here from
 * several threads at once, as several instances would) all change places under the session row's lock.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class OffersUnderConcurrencyTest extends EnrolmentTestBase {

    private static final Set<String> HOLDING = Set.of("CONFIRMED", "WAITLISTED", "APPLIED", "OFFERED");
    private static final Set<String> TAKING = Set.of("CONFIRMED", "COMPLETED", "OFFERED");

    @Inject
    MutableClock clock;

    @Inject
    OfferSweeper sweeper;

    @Inject
    SessionReplicaRepository sessions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void cancelsAcceptsDeclinesAndSweepsAtOnceNeverOverfillAndKeepTheWaitlistInOrder() throws Exception {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 20;
        session.offerHours = 1;
        knownSession(session);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(enrol(resident(community, "居民" + i, "1990-01-01"), session.sessionId).then().statusCode(201)
                    .extract().path("id"));
        }
        Random random = new Random(15);

        // Round 1: cancels of confirmed and waitlisted places, accepts and declines of whoever may be offered
        // by then, sweeps, and halfway the clock moving past every offer made so far.
        List<Callable<Integer>> calls = new ArrayList<>();
        List<String> confirmed = new ArrayList<>(ids.subList(0, 20));
        Collections.shuffle(confirmed, random);
        List<String> waiting = ids.subList(20, 60);
        confirmed.subList(0, 15).forEach(id -> calls.add(() -> post(id, "cancel")));
        for (int i = 0; i < 10; i++) {
            String id = waiting.get(30 + i);
            calls.add(() -> post(id, "cancel"));
        }
        for (int i = 0; i < 35; i++) {
            String accept = waiting.get(random.nextInt(30));
            String decline = waiting.get(random.nextInt(30));
            calls.add(() -> post(accept, "accept"));
            calls.add(() -> post(decline, "decline"));
        }
        for (int i = 0; i < 4; i++) {
            calls.add(this::sweep);
        }
        calls.add(() -> {
            clock.advance(Duration.ofMinutes(61));
            return sweep();
        });
        Collections.shuffle(calls, random);
        assertAnswers(inParallel(calls));
        checkInvariants(session);

        // Round 2: every open offer answered twice at once (accept and decline race), more cancels, more sweeps.
        List<String> offered = roster(session.sessionId).getList("items.findAll { it.status == 'OFFERED' }.id");
        List<String> taken = roster(session.sessionId).getList("items.findAll { it.status == 'CONFIRMED' }.id");
        List<Callable<Integer>> more = new ArrayList<>();
        for (String id : offered) {
            more.add(() -> post(id, "accept"));
            more.add(() -> post(id, random.nextBoolean() ? "accept" : "decline"));
            more.add(() -> post(id, "decline"));
        }
        taken.stream().limit(5).forEach(id -> more.add(() -> post(id, "cancel")));
        for (int i = 0; i < 5; i++) {
            more.add(this::sweep);
        }
        Collections.shuffle(more, random);
        assertAnswers(inParallel(more));
        checkInvariants(session);

        // Round 3: the rest lapse, swept by several "instances" at once.
        clock.advance(Duration.ofMinutes(61));
        assertAnswers(inParallel(Collections.<Callable<Integer>>nCopies(6, this::sweep)));
        checkInvariants(session);
        Map<Object, Long> outcome = roster(session.sessionId).getList("items.status").stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertTrue(outcome.getOrDefault("DECLINED", 0L) + outcome.getOrDefault("EXPIRED", 0L) > 0,
                "offers were answered or lapsed: " + outcome);
    }

    private void checkInvariants(Upstream.Session session) {
        List<Map<String, Object>> all = roster(session.sessionId).getList("items");
        assertEquals(60, all.size());
        long taking = all.stream().filter(e -> TAKING.contains((String) e.get("status"))).count();
        long waitlisted = all.stream().filter(e -> "WAITLISTED".equals(e.get("status"))).count();
        assertTrue(taking <= 20, "confirmed + completed + offered = " + taking);
        if (waitlisted > 0) {
            assertEquals(20, taking, "a free place while residents wait");
        }
        int placesTaken = QuarkusTransaction.requiringNew().call(() -> sessions.findById(session.sessionId).placesTaken);
        assertEquals(taking, placesTaken, "the replica's placesTaken");
        List<Integer> positions = all.stream().filter(e -> "WAITLISTED".equals(e.get("status")))
                .map(e -> (Integer) e.get("waitlistPosition")).toList();
        assertEquals(IntStream.rangeClosed(1, (int) waitlisted).boxed().toList(), positions, "positions 1..n in order");
        Map<Object, Long> held = all.stream().filter(e -> HOLDING.contains((String) e.get("status")))
                .collect(Collectors.groupingBy(e -> e.get("residentId"), Collectors.counting()));
        assertTrue(held.values().stream().allMatch(n -> n == 1), held::toString);
        all.stream().filter(e -> "OFFERED".equals(e.get("status")))
                .forEach(e -> assertTrue(e.get("offerExpiresAt") != null, e::toString));
    }

    /** One sweep, as one instance's scheduler would run it; answers 200 to sit with the requests' statuses. */
    private int sweep() {
        sweeper.sweep();
        return 200;
    }

    private static void assertAnswers(List<Integer> statuses) {
        assertTrue(Set.of(200, 409, 422).containsAll(statuses), statuses::toString);
    }

    private static int post(String id, String action) {
        return given().post("/api/v1/enrolments/{id}/" + action, id).statusCode();
    }

    private static JsonPath roster(String sessionId) {
        return given().queryParam("sessionId", sessionId).queryParam("size", 100).get("/api/v1/enrolments")
                .then().statusCode(200).extract().jsonPath();
    }
}
