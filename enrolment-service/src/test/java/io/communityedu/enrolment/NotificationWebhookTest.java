package io.communityedu.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.communityedu.enrolment.domain.Notification;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With notify.webhook.url set, every notification is POSTed until the receiver accepts it, and then no more. */
@QuarkusTest
@TestProfile(NotificationWebhookTest.WithWebhook.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class NotificationWebhookTest extends EnrolmentTestBase {

    /** The receiver's port, chosen once for the profile and the test (system properties span class loaders). */
    private static final String PORT = "notification-webhook-test.port";
    private static final int REFUSED_FIRST = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class WithWebhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notify.webhook.url", "http://127.0.0.1:" + port() + "/hook");
        }
    }

    private static HttpServer receiver;
    /** Every request as it came: the notification id and whether it was accepted. */
    private static final List<Map.Entry<String, Boolean>> requests = new CopyOnWriteArrayList<>();
    private static final Map<String, JsonNode> accepted = new ConcurrentHashMap<>();
    private static final AtomicInteger count = new AtomicInteger();

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 0);
        receiver.createContext("/hook", exchange -> {
            String id = exchange.getRequestHeaders().getFirst("X-Notification-Id");
            byte[] body = exchange.getRequestBody().readAllBytes();
            // Unavailable for the first requests: the deliveries must be retried.
            boolean accept = count.incrementAndGet() > REFUSED_FIRST;
            requests.add(Map.entry(id, accept));
            if (accept) {
                accepted.put(id, JSON.readTree(new String(body, StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(accept ? 200 : 503, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void everyNotificationArrivesAndExactlyOnceOnceAccepted() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        knownSession(session);
        String guardian = TestTokens.resident("sub-" + UUID.randomUUID());
        String guardianId = given().header("Authorization", "Bearer " + guardian).contentType(ContentType.JSON)
                .body(residentBody(community, "周强", "1980-01-01", List.of())).post("/api/v1/me").then().statusCode(201)
                .extract().path("id");
        String wardId = given().header("Authorization", "Bearer " + guardian).contentType(ContentType.JSON)
                .body(Map.of("name", "周小雨", "birthDate", "2015-06-01", "groups", List.of(), "guardianConsent", true))
                .post("/api/v1/me/wards").then().statusCode(201).extract().path("id");
        String adult = resident(community, "吴刚", "1980-01-01");
        enrol(adult, session.sessionId).then().statusCode(201);
        enrol(wardId, session.sessionId).then().statusCode(201);
        enrol(guardianId, session.sessionId).then().statusCode(201);

        JsonPath inbox = given().header("Authorization", "Bearer " + guardian).get("/api/v1/me/notifications")
                .then().statusCode(200).extract().jsonPath();
        // The adult's confirmation, the ward's waitlisting (ward and guardian), the guardian's own waitlisting.
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.size() == 4);
        Set<String> guardianIds = Set.copyOf(inbox.getList("items.id"));
        assertEquals(guardianIds, accepted.values().stream().filter(n -> n.get("recipientId").asText().equals(guardianId))
                .map(n -> n.get("id").asText()).collect(Collectors.toSet()));
        JsonNode wardsOwn = accepted.values().stream()
                .filter(n -> n.get("recipientId").asText().equals(wardId)).findFirst().orElseThrow();
        assertEquals("WAITLISTED", wardsOwn.get("kind").asText());
        assertEquals(wardId, wardsOwn.get("residentId").asText());
        assertEquals("您报名的《社区读书会》第一期名额已满，已进入候补名单，目前排第 1 位。", wardsOwn.get("body").asText());
        assertEquals(REFUSED_FIRST, requests.stream().filter(r -> !r.getValue()).count());

        // Accepted once, never sent again.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                requests.stream().filter(Map.Entry::getValue).count() == 4);
        for (String id : accepted.keySet()) {
            List<Boolean> answers = requests.stream().filter(r -> r.getKey().equals(id)).map(Map.Entry::getValue).toList();
            assertEquals(true, answers.get(answers.size() - 1), id);
            assertEquals(1, answers.stream().filter(a -> a).count(), id);
        }
    }

    private static synchronized int port() {
        String chosen = System.getProperty(PORT);
        if (chosen == null) {
            try (ServerSocket free = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                chosen = Integer.toString(free.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PORT, chosen);
        }
        return Integer.parseInt(chosen);
    }
}
