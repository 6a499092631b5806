package io.communityedu.enrolment;

import io.communityedu.enrolment.persistence.CommunityReplicaRepository;
import io.communityedu.localstack.ActingAsAdmin;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What the enrolment tests share: the upstream events and residents made through the API. */
@ExtendWith(ActingAsAdmin.class)
abstract class EnrolmentTestBase {

    @Inject
    CommunityReplicaRepository communities;

    protected Upstream upstream;

    @BeforeEach
    void connectUpstream() {
        upstream = new Upstream(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @AfterEach
    void closeUpstream() {
        upstream.close();
    }

    /** A community the service has heard of. */
    protected String knownCommunity() {
        String code = upstream.community("清淮路社区");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> communities.findByIdOptional(code).isPresent()));
        return code;
    }

    /** Publishes the session and waits until this service knows it. */
    protected Upstream.Session knownSession(Upstream.Session session) {
        upstream.publish(session);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                given().queryParam("sessionId", session.sessionId).get("/api/v1/enrolments").statusCode() == 200);
        return session;
    }

    protected static Map<String, Object> residentBody(String community, String name, String birthDate, List<String> groups) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("birthDate", birthDate);
        body.put("communityCode", community);
        body.put("groups", groups);
        body.put("phone", "13800000000");
        return body;
    }

    protected static String resident(String community, String name, String birthDate, String... groups) {
        return given().contentType(ContentType.JSON).body(residentBody(community, name, birthDate, List.of(groups)))
                .post("/api/v1/residents").then().statusCode(201).extract().path("id");
    }

    protected static Response enrol(String residentId, String sessionId) {
        return given().contentType(ContentType.JSON).body(Map.of("residentId", residentId, "sessionId", sessionId))
                .post("/api/v1/enrolments");
    }

    /** A request with this bearer token. */
    protected static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
