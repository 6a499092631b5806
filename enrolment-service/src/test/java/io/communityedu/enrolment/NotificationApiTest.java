package io.communityedu.enrolment;

import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notifications (API.md "Oversubscribed sessions" -> Notifications): inboxes, read marks, the stream. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class NotificationApiTest extends EnrolmentTestBase {

    @TestHTTPResource("/api/v1/me/notifications/stream")
    URI streamUri;

    @Test
    void everyChangeReachesTheResidentAndTheGuardianOnly() {
        String community = knownCommunity();
        Upstream.Session session = new Upstream.Session(community);
        session.capacity = 1;
        session.certificateName = "读书会结业证书";
        knownSession(session);
        String adult = token();
        String adultId = register(adult, community, "李明");
        String guardian = token();
        register(guardian, community, "王芳");
        String wardId = as(guardian).contentType(ContentType.JSON).body(Map.of("name", "王小明", "birthDate", "2015-06-01",
                "groups", List.of(), "guardianConsent", true)).post("/api/v1/me/wards").then().statusCode(201)
                .extract().path("id");
        String stranger = token();
        register(stranger, community, "赵六");

        String adultEnrolment = enrolAs(adult, adultId, session.sessionId);
        String wardEnrolment = enrolAs(guardian, wardId, session.sessionId);
        as(adult).post("/api/v1/enrolments/{id}/cancel", adultEnrolment).then().statusCode(200);
        session.version = 2;
        session.startDate = "2010-07-12";
        upstream.publish(session);
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox(guardian).getList("items").size() == 3);
        String certificate = given().post("/api/v1/enrolments/{id}/complete", wardEnrolment).then().statusCode(200)
                .extract().path("certificateNumber");

        JsonPath mine = inbox(adult);
        assertEquals(List.of("CANCELLED", "ENROLMENT_CONFIRMED"), mine.getList("items.kind"));
        assertEquals(List.of(adultId, adultId), mine.getList("items.residentId"));
        assertEquals(List.of(adultEnrolment, adultEnrolment), mine.getList("items.enrolmentId"));
        assertEquals("报名成功", mine.getString("items[1].title"));
        assertEquals("您已成功报名《社区读书会》第一期，地点：社区活动室，2010-07-05 开始。", mine.getString("items[1].body"));
        assertEquals("您报名的《社区读书会》第一期已取消。", mine.getString("items[0].body"));
        assertEquals(2, mine.getInt("unread"));
        assertEquals(2, mine.getInt("total"));

        JsonPath theirs = inbox(guardian);
        assertEquals(List.of("COMPLETED", "SESSION_CHANGED", "PROMOTED", "WAITLISTED"), theirs.getList("items.kind"));
        assertEquals(List.of(wardId, wardId, wardId, wardId), theirs.getList("items.residentId"));
        assertEquals(List.of(session.sessionId, session.sessionId, session.sessionId, session.sessionId),
                theirs.getList("items.sessionId"));
        assertEquals("您的被监护人报名的《社区读书会》第一期名额已满，已进入候补名单，目前排第 1 位。",
                theirs.getString("items[3].body"));
        assertEquals("您的被监护人已从候补转为正式报名《社区读书会》第一期，地点：社区活动室，2010-07-05 开始。",
                theirs.getString("items[2].body"));
        assertEquals("您的被监护人报名的《社区读书会》第一期安排有变更：2010-07-12 至 2010-08-20，地点：社区活动室。",
                theirs.getString("items[1].body"));
        assertEquals("您的被监护人已完成《社区读书会》第一期，结业证书编号：" + certificate + "。",
                theirs.getString("items[0].body"));
        for (String body : theirs.<String>getList("items.body")) {
            assertFalse(body.contains("王") || body.contains("13800000000"), body);
        }

        JsonPath nothing = inbox(stranger);
        assertEquals(0, nothing.getInt("total"));
        assertEquals(0, nothing.getInt("unread"));
        as(stranger).post("/api/v1/me/notifications/{id}/read", mine.getString("items[0].id")).then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(2, inbox(adult).getInt("unread"));
    }

    @Test
    void unreadFilterCountsAndReadMarks() {
        String community = knownCommunity();
        Upstream.Session first = knownSession(new Upstream.Session(community));
        Upstream.Session second = knownSession(new Upstream.Session(community));
        String me = token();
        String myId = register(me, community, "陈静");
        enrolAs(me, myId, first.sessionId);
        enrolAs(me, myId, second.sessionId);

        JsonPath all = inbox(me);
        assertEquals(2, all.getInt("unread"));
        String older = all.getString("items[1].id");
        String readAt = as(me).post("/api/v1/me/notifications/{id}/read", older).then().statusCode(200)
                .body("id", equalTo(older), "kind", equalTo("ENROLMENT_CONFIRMED"), "readAt", notNullValue())
                .extract().path("readAt");
        as(me).post("/api/v1/me/notifications/{id}/read", older).then().statusCode(200).body("readAt", equalTo(readAt));

        as(me).queryParam("unread", "true").get("/api/v1/me/notifications").then().statusCode(200)
                .body("items", hasSize(1), "items[0].id", equalTo(all.getString("items[0].id")),
                        "items[0].readAt", nullValue(), "total", equalTo(1), "unread", equalTo(1));
        as(me).queryParam("unread", "false").get("/api/v1/me/notifications").then().statusCode(200)
                .body("items", hasSize(1), "items[0].id", equalTo(older), "items[0].readAt", equalTo(readAt),
                        "unread", equalTo(1));
        as(me).queryParam("size", "1").get("/api/v1/me/notifications").then().statusCode(200)
                .body("items", hasSize(1), "page", equalTo(0), "size", equalTo(1), "total", equalTo(2), "unread", equalTo(1));
        as(me).queryParam("unread", "maybe").get("/api/v1/me/notifications").then().statusCode(400);
        as(me).post("/api/v1/me/notifications/{id}/read", UUID.randomUUID().toString()).then().statusCode(404)
                .contentType("application/problem+json");

        String unregistered = token();
        as(unregistered).get("/api/v1/me/notifications").then().statusCode(404);
        as(unregistered).post("/api/v1/me/notifications/{id}/read", older).then().statusCode(404);
    }

    @Test
    void theStreamTellsOfEachNewNotificationAndResumesAfterTheLastEventId() throws Exception {
        String community = knownCommunity();
        Upstream.Session first = knownSession(new Upstream.Session(community));
        Upstream.Session second = knownSession(new Upstream.Session(community));
        String me = token();
        String myId = register(me, community, "刘洋");
        HttpClient client = HttpClient.newHttpClient();

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        String enrolment;
        try (Stream<String> stream = open(client, me, null, lines)) {
            enrolment = enrolAs(me, myId, first.sessionId);
            await().atMost(Duration.ofSeconds(2)).until(() -> lines.stream().anyMatch(l -> l.contains(enrolment)));
        }
        JsonPath sent = inbox(me);
        String id = sent.getString("items[0].id");
        assertTrue(lines.contains("id: " + id) || lines.contains("id:" + id), lines::toString);
        assertTrue(lines.contains("event: notification") || lines.contains("event:notification"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains("您已成功报名《社区读书会》第一期")),
                lines::toString);

        String later = enrolAs(me, myId, second.sessionId);
        BlockingQueue<String> resumed = new LinkedBlockingQueue<>();
        try (Stream<String> stream = open(client, me, id, resumed)) {
            await().atMost(Duration.ofSeconds(2)).until(() -> resumed.stream().anyMatch(l -> l.contains(later)));
            assertFalse(resumed.stream().anyMatch(l -> l.contains(enrolment)), resumed::toString);
        }
    }

    /** Opens the stream; returns once its first line (a heartbeat) arrived: from then on it hears of everything. */
    private Stream<String> open(HttpClient client, String token, String lastEventId, BlockingQueue<String> lines)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(streamUri).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        Stream<String> body = response.body();
        Thread reader = new Thread(() -> {
            try {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> !lines.isEmpty());
        return body;
    }

    private static String token() {
        return TestTokens.resident("sub-" + UUID.randomUUID());
    }

    private static String register(String token, String community, String name) {
        return as(token).contentType(ContentType.JSON).body(residentBody(community, name, "1980-01-01", List.of()))
                .post("/api/v1/me").then().statusCode(201).extract().path("id");
    }

    private static String enrolAs(String token, String residentId, String sessionId) {
        return as(token).contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments").then().statusCode(201).extract().path("id");
    }

    private static JsonPath inbox(String token) {
        return as(token).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
    }
}
