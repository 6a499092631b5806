package io.communityedu.enrolment;

import io.communityedu.enrolment.draws.DrawScheduler;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.communityedu.localstack.Concurrently.inParallel;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lottery sessions (API.md "Oversubscribed sessions"): applications, the draw, its proof and its refusals. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class LotteryTest extends EnrolmentTestBase {

    @Inject
    MutableClock clock;

    @Inject
    DrawScheduler scheduler;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void threeHundredApplicantsForFortyPlacesAreDrawnByTierThenByTheCommittedSeed() throws Exception {
        String community = knownCommunity();
        String elsewhere = knownCommunity();
        Upstream.Session earlier = new Upstream.Session(community);
        earlier.capacity = 500;
        knownSession(earlier);
        Upstream.Session session = knownSession(lottery(community, 40, Instant.now().plus(Duration.ofHours(1))));
        given().get("/api/v1/draws/{id}", session.sessionId).then().statusCode(404);

        // 150 first-timers of the community (tier 1), 100 of it already placed this year (tier 2), 50 of elsewhere (3).
        List<String> firstTimers = inParallel(IntStream.range(0, 150)
                .mapToObj(i -> (Callable<String>) () -> resident(community, "新学员" + i, "1990-01-01")).toList());
        List<String> placed = inParallel(IntStream.range(0, 100)
                .mapToObj(i -> (Callable<String>) () -> resident(community, "老学员" + i, "1985-01-01")).toList());
        List<String> others = inParallel(IntStream.range(0, 50)
                .mapToObj(i -> (Callable<String>) () -> resident(elsewhere, "外社区" + i, "1980-01-01")).toList());
        inParallel(placed.stream().map(r -> (Callable<Object>) () -> {
            enrol(r, earlier.sessionId).then().statusCode(201).body("status", equalTo("CONFIRMED"));
            return null;
        }).toList());

        Map<String, Integer> tierOfResident = new HashMap<>();
        firstTimers.forEach(r -> tierOfResident.put(r, 1));
        placed.forEach(r -> tierOfResident.put(r, 2));
        others.forEach(r -> tierOfResident.put(r, 3));
        List<String> applicants = new ArrayList<>(tierOfResident.keySet());

        String firstEnrolment = enrol(applicants.get(0), session.sessionId).then().statusCode(201)
                .body("status", equalTo("APPLIED"), "waitlistPosition", nullValue()).extract().path("id");
        String commitment = given().get("/api/v1/draws/{id}", session.sessionId).then().statusCode(200)
                .body("sessionId", equalTo(session.sessionId), "seed", nullValue(), "drawnAt", nullValue(),
                        "order", hasSize(0), "seedCommitment", notNullValue())
                .extract().path("seedCommitment");
        assertTrue(commitment.matches("[0-9a-f]{64}"), commitment);
        List<Map<String, Object>> applications = inParallel(applicants.subList(1, applicants.size()).stream()
                .map(r -> (Callable<Map<String, Object>>) () -> {
                    Response response = enrol(r, session.sessionId);
                    assertEquals(201, response.statusCode(), response.asString());
                    return response.jsonPath().getMap("");
                }).toList());
        assertTrue(applications.stream().allMatch(a -> "APPLIED".equals(a.get("status"))));
        enrol(applicants.get(0), session.sessionId).then().statusCode(409);
        Map<String, Integer> tierOfEnrolment = new HashMap<>();
        tierOfEnrolment.put(firstEnrolment, tierOfResident.get(applicants.get(0)));
        applications.forEach(a -> tierOfEnrolment.put((String) a.get("id"), tierOfResident.get((String) a.get("residentId"))));
        given().get("/api/v1/draws/{id}", session.sessionId).then().statusCode(200)
                .body("seedCommitment", equalTo(commitment), "seed", nullValue(), "order", hasSize(0));

        clock.advance(Duration.ofHours(2));
        JsonPath drawn = as(TestTokens.staff(community)).contentType(ContentType.JSON)
                .body(Map.of("sessionId", session.sessionId)).post("/api/v1/draws")
                .then().statusCode(200).body("sessionId", equalTo(session.sessionId), "seedCommitment", equalTo(commitment),
                        "drawnAt", notNullValue(), "order", hasSize(300))
                .extract().jsonPath();

        JsonPath published = given().get("/api/v1/draws/{id}", session.sessionId).then().statusCode(200).extract().jsonPath();
        String seed = published.getString("seed");
        assertEquals(commitment, HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(seed))));
        assertEquals(drawn.getString("seed"), seed);
        assertEquals(drawn.getString("drawnAt"), published.getString("drawnAt"));
        assertFalse(published.prettify().contains("residentId"), "no resident ids in a public draw");

        // Anyone recomputes the order from the seed, the enrolment ids and the tiers.
        List<String> expected = recompute(seed, tierOfEnrolment);
        List<String> order = published.getList("order.enrolmentId");
        assertEquals(expected, order);
        assertEquals(IntStream.rangeClosed(1, 300).boxed().toList(), published.getList("order.rank"));
        List<Integer> tiers = published.getList("order.tier");
        assertEquals(order.stream().map(tierOfEnrolment::get).toList(), tiers, "tiers as set up");
        assertEquals(tiers.stream().sorted().toList(), tiers, "tier 1 before 2 before 3");
        List<String> statuses = published.getList("order.status");
        assertEquals(IntStream.range(0, 300).mapToObj(i -> i < 40 ? "CONFIRMED" : "WAITLISTED").toList(), statuses);

        JsonPath confirmed = given().queryParam("sessionId", session.sessionId).queryParam("status", "CONFIRMED")
                .queryParam("size", 100).get("/api/v1/enrolments").then().statusCode(200).extract().jsonPath();
        assertEquals(40, confirmed.getInt("total"));
        assertEquals(order.subList(0, 40), confirmed.getList("items.id"));
        List<String> waitlist = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath items = given().queryParam("sessionId", session.sessionId).queryParam("status", "WAITLISTED")
                    .queryParam("size", 100).queryParam("page", page).get("/api/v1/enrolments")
                    .then().statusCode(200).body("total", equalTo(260)).extract().jsonPath();
            waitlist.addAll(items.getList("items.id"));
            positions.addAll(items.getList("items.waitlistPosition"));
        }
        assertEquals(order.subList(40, 300), waitlist, "the waitlist is in draw order");
        assertEquals(IntStream.rangeClosed(1, 260).boxed().toList(), positions);

        as(TestTokens.officer()).contentType(ContentType.JSON).body(Map.of("sessionId", session.sessionId))
                .post("/api/v1/draws").then().statusCode(409).body("code", equalTo("ALREADY_DRAWN"));
        assertEquals(published.prettify(), given().get("/api/v1/draws/{id}", session.sessionId).then().statusCode(200)
                .extract().jsonPath().prettify(), "a refused second draw changes nothing");
        assertEquals(40, given().queryParam("sessionId", session.sessionId).queryParam("status", "CONFIRMED")
                .get("/api/v1/enrolments").jsonPath().getInt("total"));
    }

    @Test
    void racingDrawsAndTheSchedulerDrawOnce() throws Exception {
        String community = knownCommunity();
        Upstream.Session session = knownSession(lottery(community, 5, Instant.now().plus(Duration.ofHours(1))));
        List<String> enrolments = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = enrol(resident(community, "抢号" + i, "1990-01-01"), session.sessionId).then().statusCode(201)
                    .extract().path("id");
            enrolments.add(id);
        }

        clock.advance(Duration.ofHours(2));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("sessionId", session.sessionId))
                    .post("/api/v1/draws").statusCode());
        }
        calls.add(() -> scheduler.drawDue().contains(session.sessionId) ? 200 : 409);
        Map<Integer, Long> outcomes = inParallel(calls).stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of(200, 1L, 409, 8L), outcomes, "one draw, by whoever came first");

        JsonPath draw = given().get("/api/v1/draws/{id}", session.sessionId).then().statusCode(200).extract().jsonPath();
        assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), draw.getList("order.rank"));
        assertEquals(enrolments.stream().sorted().toList(), draw.<String>getList("order.enrolmentId").stream().sorted().toList());
        assertEquals(5, given().queryParam("sessionId", session.sessionId).queryParam("status", "CONFIRMED")
                .get("/api/v1/enrolments").jsonPath().getInt("total"));
        assertEquals(15, given().queryParam("sessionId", session.sessionId).queryParam("status", "WAITLISTED")
                .get("/api/v1/enrolments").jsonPath().getInt("total"));

        try (TopicProbe probe = new TopicProbe(bootstrapServers, "enrolment-events")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> drawnEvents(probe, session.sessionId).size() >= 20);
            Thread.sleep(1000);
            List<String> drawnIds = drawnEvents(probe, session.sessionId);
            assertEquals(enrolments.stream().sorted().toList(), drawnIds.stream().sorted().toList(),
                    "one EnrolmentDrawn per application");
        }
    }

    @Test
    void refusedDrawsChangeNothing() {
        String community = knownCommunity();
        Upstream.Session open = knownSession(lottery(community, 5, Instant.now().plus(Duration.ofHours(1))));
        String applied = enrol(resident(community, "等待者", "1990-01-01"), open.sessionId).then().statusCode(201)
                .extract().path("id");
        Upstream.Session firstCome = knownSession(new Upstream.Session(community));

        draw(TestTokens.staff(community), open.sessionId).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("ENROLMENT_STILL_OPEN"));
        draw(TestTokens.admin(), firstCome.sessionId).then().statusCode(422).body("code", equalTo("NOT_A_LOTTERY"));
        draw(TestTokens.admin(), UUID.randomUUID().toString()).then().statusCode(404);
        draw(TestTokens.resident("sub-" + UUID.randomUUID()), open.sessionId).then().statusCode(403);
        draw(TestTokens.statisticsReader(), open.sessionId).then().statusCode(403);
        draw(TestTokens.staff("elsewhere"), open.sessionId).then().statusCode(403)
                .body("code", equalTo("OUTSIDE_YOUR_COMMUNITY"));
        as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/draws").then().statusCode(400);
        as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("sessionId", " ")).post("/api/v1/draws")
                .then().statusCode(400);

        given().get("/api/v1/draws/{id}", open.sessionId).then().statusCode(200)
                .body("seed", nullValue(), "drawnAt", nullValue(), "order", hasSize(0));
        given().get("/api/v1/enrolments/{id}", applied).then().statusCode(200).body("status", equalTo("APPLIED"));
        given().get("/api/v1/draws/{id}", firstCome.sessionId).then().statusCode(404);
        given().get("/api/v1/draws/{id}", UUID.randomUUID().toString()).then().statusCode(404);

        // A closed lottery nobody applied to is drawn with an empty order.
        Upstream.Session empty = knownSession(lottery(community, 5, Instant.now().minus(Duration.ofMinutes(1))));
        given().get("/api/v1/draws/{id}", empty.sessionId).then().statusCode(404);
        JsonPath nothing = draw(TestTokens.staff(community), empty.sessionId).then().statusCode(200)
                .body("order", hasSize(0), "drawnAt", notNullValue(), "seed", notNullValue()).extract().jsonPath();
        given().get("/api/v1/draws/{id}", empty.sessionId).then().statusCode(200)
                .body("seed", equalTo(nothing.getString("seed")), "order", hasSize(0));
    }

    @Test
    void aDrawnLotteryReopenedFillsBehindTheDrawOrderAndIsNotDrawnAgain() {
        String community = knownCommunity();
        Upstream.Session session = knownSession(lottery(community, 1, Instant.now().plus(Duration.ofHours(1))));
        enrol(resident(community, "先到", "1990-01-01"), session.sessionId).then().statusCode(201);
        enrol(resident(community, "后到", "1990-01-01"), session.sessionId).then().statusCode(201);
        clock.advance(Duration.ofHours(2));
        draw(TestTokens.staff(community), session.sessionId).then().statusCode(200);

        // Staff move the close further out after the draw: newcomers join the waitlist behind the drawn.
        session.version = 2;
        session.enrolmentClosesAt = Instant.now().plus(Duration.ofHours(5)).toString();
        upstream.publish(session);
        String late = resident(community, "补报", "1990-01-01");
        await().atMost(Duration.ofSeconds(20)).until(() -> enrol(late, session.sessionId).statusCode() != 422);
        JsonPath waiting = given().get("/api/v1/residents/{id}/enrolments", late)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("WAITLISTED", waiting.getString("items[0].status"));
        assertEquals(2, waiting.getInt("items[0].waitlistPosition"));
        draw(TestTokens.staff(community), session.sessionId).then().statusCode(409).body("code", equalTo("ALREADY_DRAWN"));
    }

    @Test
    void aLotteryOfAnArchivedProgrammeIsNotDrawn() {
        String community = knownCommunity();
        Upstream.Session session = knownSession(lottery(community, 1, Instant.now().plus(Duration.ofHours(1))));
        String applied = enrol(resident(community, "申请", "1990-01-01"), session.sessionId).then().statusCode(201)
                .extract().path("id");
        session.programmeStatus = "ARCHIVED";
        session.programmeVersion = 2;
        upstream.programmeChanged(session);
        clock.advance(Duration.ofHours(2));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> draw(TestTokens.staff(community), session.sessionId)
                .then().statusCode(422).body("code", equalTo("PROGRAMME_ARCHIVED")));
        assertFalse(scheduler.drawDue().contains(session.sessionId));
        given().get("/api/v1/enrolments/{id}", applied).then().statusCode(200).body("status", equalTo("APPLIED"));
    }

    @Test
    void applicantsAndTheirGuardiansHearOfTheApplicationAndTheOutcome() {
        String community = knownCommunity();
        Upstream.Session session = knownSession(lottery(community, 1, Instant.now().plus(Duration.ofHours(1))));
        String adult = residentToken();
        String adultId = register(adult, community, "孙丽");
        String guardian = residentToken();
        register(guardian, community, "周强");
        String wardId = as(guardian).contentType(ContentType.JSON).body(Map.of("name", "周小强", "birthDate", "2015-06-01",
                "groups", List.of(), "guardianConsent", true)).post("/api/v1/me/wards").then().statusCode(201)
                .extract().path("id");
        String other = residentToken();
        String otherId = register(other, community, "吴敏");

        Map<String, String> inboxOfEnrolment = new HashMap<>();
        inboxOfEnrolment.put(applyAs(adult, adultId, session.sessionId), adult);
        inboxOfEnrolment.put(applyAs(guardian, wardId, session.sessionId), guardian);
        inboxOfEnrolment.put(applyAs(other, otherId, session.sessionId), other);
        for (String token : inboxOfEnrolment.values()) {
            JsonPath inbox = inbox(token);
            assertEquals(List.of("APPLICATION_RECEIVED"), inbox.getList("items.kind"));
            assertTrue(inbox.getString("items[0].body").contains("后统一摇号"), inbox.getString("items[0].body"));
        }

        clock.advance(Duration.ofHours(2));
        List<String> order = draw(TestTokens.officer(), session.sessionId).then().statusCode(200).extract().jsonPath()
                .getList("order.enrolmentId");
        for (int rank = 1; rank <= 3; rank++) {
            String enrolment = order.get(rank - 1);
            String token = inboxOfEnrolment.get(enrolment);
            JsonPath inbox = inbox(token);
            assertEquals(enrolment, inbox.getString("items[0].enrolmentId"));
            assertEquals(2, inbox.getList("items").size());
            String who = token.equals(guardian) ? "您的被监护人" : "您";
            if (rank == 1) {
                assertEquals("DRAW_WON", inbox.getString("items[0].kind"));
                assertEquals("摇号中签", inbox.getString("items[0].title"));
                assertTrue(inbox.getString("items[0].body").startsWith(who + "在《社区读书会》第一期的摇号中中签"),
                        inbox.getString("items[0].body"));
            } else {
                assertEquals("DRAW_WAITLISTED", inbox.getString("items[0].kind"));
                assertEquals(who + "在《社区读书会》第一期的摇号中未中签，已按摇号顺序进入候补名单，目前排第 " + (rank - 1) + " 位。",
                        inbox.getString("items[0].body"));
            }
        }
    }

    private List<String> drawnEvents(TopicProbe probe, String sessionId) {
        return probe.records().stream().filter(r -> r.key().equals(sessionId))
                .map(ConsumerRecord::value).map(JsonPath::from)
                .filter(e -> "EnrolmentDrawn".equals(e.getString("type")))
                .map(e -> e.getString("data.enrolmentId")).toList();
    }

    private static List<String> recompute(String seed, Map<String, Integer> tierOfEnrolment) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(seed), "HmacSHA256"));
        Map<String, String> keys = new HashMap<>();
        for (String id : tierOfEnrolment.keySet()) {
            keys.put(id, HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8))));
        }
        return tierOfEnrolment.keySet().stream()
                .sorted(Comparator.comparing(tierOfEnrolment::get).thenComparing(keys::get)).toList();
    }

    private static Upstream.Session lottery(String community, int capacity, Instant closesAt) {
        Upstream.Session session = new Upstream.Session(community);
        session.allocation = "LOTTERY";
        session.capacity = capacity;
        session.enrolmentClosesAt = closesAt.toString();
        return session;
    }

    private static Response draw(String token, String sessionId) {
        return as(token).contentType(ContentType.JSON).body(Map.of("sessionId", sessionId)).post("/api/v1/draws");
    }

    private static String residentToken() {
        return TestTokens.resident("sub-" + UUID.randomUUID());
    }

    private static String register(String token, String community, String name) {
        return as(token).contentType(ContentType.JSON).body(residentBody(community, name, "1980-01-01", List.of()))
                .post("/api/v1/me").then().statusCode(201).extract().path("id");
    }

    private static String applyAs(String token, String residentId, String sessionId) {
        return as(token).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments").then().statusCode(201).body("status", equalTo("APPLIED")).extract().path("id");
    }

    private static JsonPath inbox(String token) {
        return as(token).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
    }
}
