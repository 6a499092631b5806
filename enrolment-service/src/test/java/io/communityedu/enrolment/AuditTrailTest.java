package io.communityedu.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.localstack.EventContract;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * enrolment-service's share of the audit trail: what each request is about where its route does not say it,
 * reads of full resident records, and refusals, on audit-events as docs/asyncapi.yaml has them.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrolment"))
class AuditTrailTest extends EnrolmentTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void selfServiceDrawsAttendanceReadsAndRefusalsAreAuditedAboutWhatTheyConcern() throws Exception {
        String community = knownCommunity();
        String sessionId = knownSession(new Upstream.Session(community)).sessionId;
        String staffSub = "staff-" + UUID.randomUUID();
        String staff = TestTokens.as(staffSub).roles("community-staff").communities(community).sign();
        String strangerSub = "staff-" + UUID.randomUUID();
        String stranger = TestTokens.as(strangerSub).roles("community-staff").communities("elsewhere").sign();
        String residentSub = "sub-" + UUID.randomUUID();
        String resident = TestTokens.resident(residentSub);
        String name = People.name("孙");
        String phone = People.phone();

        try (TopicProbe probe = new TopicProbe(bootstrapServers, "audit-events")) {
            Map<String, Object> self = residentBody(community, name, "1988-08-08", List.of("PARENT"));
            self.put("phone", phone);
            String id = as(resident).contentType(ContentType.JSON).body(self).post("/api/v1/me")
                    .then().statusCode(201).extract().path("id");
            as(resident).contentType(ContentType.JSON).body(Map.of("name", name, "phone", phone, "groups", List.of()))
                    .put("/api/v1/me").then().statusCode(200);
            String enrolment = as(resident).contentType(ContentType.JSON)
                    .body(Map.of("residentId", id, "sessionId", sessionId))
                    .post("/api/v1/enrolments").then().statusCode(201).extract().path("id");
            as(staff).get("/api/v1/residents/{id}", id).then().statusCode(200);
            as(staff).contentType(ContentType.JSON)
                    .body(Map.of("sessionId", sessionId, "date", "2010-07-05", "presentResidentIds", List.of(id)))
                    .post("/api/v1/attendance").then().statusCode(201);
            as(staff).contentType(ContentType.JSON).body(Map.of("sessionId", sessionId))
                    .post("/api/v1/draws").then().statusCode(422);
            as(stranger).post("/api/v1/residents/{id}/erasure", id).then().statusCode(403);
            as(resident).delete("/api/v1/me").then().statusCode(204);

            Set<String> actors = Set.of(staffSub, strangerSub, residentSub);
            List<ConsumerRecord<String, String>> mine = await().atMost(Duration.ofSeconds(20)).until(
                    () -> probe.records().stream().filter(r -> actors.contains(parse(r.value()).at("/data/actor").asText()))
                            .toList(), records -> records.size() >= 8);
            EventContract contract = EventContract.load();
            mine.forEach(r -> contract.check(r.value()));
            for (ConsumerRecord<String, String> r : mine) {
                for (String personal : List.of(name, phone, "1988-08-08")) {
                    assertFalse(r.value().contains(personal), "audit entry carries " + personal + ": " + r.value());
                }
            }
            List<String> entries = mine.stream().map(r -> parse(r.value()).get("data"))
                    .map(e -> e.get("actor").asText().substring(0, 3) + " " + e.get("action").asText() + " "
                            + e.get("status").asInt() + " " + e.get("resourceType").asText() + " "
                            + e.get("resourceId").asText()).toList();
            assertEquals(Stream.of(
                    "sub POST /api/v1/me 201 resident " + id,
                    "sub PUT /api/v1/me 200 resident " + id,
                    "sub POST /api/v1/enrolments 201 enrolment " + enrolment,
                    "sta GET /api/v1/residents/{id} 200 resident " + id,
                    "sta POST /api/v1/attendance 201 session " + sessionId,
                    "sta POST /api/v1/draws 422 session " + sessionId,
                    "sta POST /api/v1/residents/{id}/erasure 403 resident " + id,
                    "sub DELETE /api/v1/me 204 resident " + id).sorted().toList(), entries.stream().sorted().toList());
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
