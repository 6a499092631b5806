package io.communityedu.programmes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.localstack.EventContract;
import io.communityedu.localstack.LocalStackTestResource;
import io.communityedu.localstack.TestTokens;
import io.communityedu.localstack.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.communityedu.programmes.TeacherFixtures.as;
import static io.communityedu.programmes.TeacherFixtures.asAdmin;
import static io.communityedu.programmes.TeacherFixtures.community;
import static io.communityedu.programmes.TeacherFixtures.plan;
import static io.communityedu.programmes.TeacherFixtures.programme;
import static io.communityedu.programmes.TeacherFixtures.session;
import static io.communityedu.programmes.TeacherFixtures.teacher;
import static io.communityedu.programmes.TeacherFixtures.teacherBody;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Teacher, assignment and staff-activity events: as docs/asyncapi.yaml says, and without personal data or minutes. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "programmes"))
class TeacherEventsTest {

    private static final String PHONE = "+86 138-0013-8000";
    private static final String MINUTES = "例会纪要：张老师汇报了读书征文活动的报名情况。";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper mapper;

    private TopicProbe probe;

    @BeforeEach
    void subscribe() {
        probe = new TopicProbe(bootstrapServers, "programme-events");
    }

    @AfterEach
    void close() {
        probe.close();
    }

    @Test
    void teacherEventsAreKeyedByTeacherWithTheirVersionAndNoPersonalData() {
        String code = community("清淮路社区");
        String other = community("新河路社区");
        String providerId = asAdmin()
                .body(Map.of("name", "区社区学院", "type", "COMMUNITY_COLLEGE", "residentDiscountPercent", 20))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        String id = teacher(code, "张老师");
        Map<String, Object> moved = teacherBody(other, "张老师");
        moved.put("kind", "PROVIDER_STAFF");
        moved.put("providerId", providerId);
        moved.put("qualifications", List.of("高级讲师"));
        asAdmin().body(moved).put("/api/v1/teachers/{id}", id).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = awaitRecords(id, 2);
        JsonNode registered = parse(records.get(0));
        assertEquals("TeacherRegistered", registered.get("type").asText());
        assertEquals(id, registered.at("/data/teacherId").asText());
        assertEquals(code, registered.at("/data/communityCode").asText());
        assertEquals("STAFF", registered.at("/data/kind").asText());
        assertTrue(registered.at("/data/providerId").isNull());
        assertEquals(0, registered.at("/data/version").asLong());

        JsonNode changed = parse(records.get(1));
        assertEquals("TeacherChanged", changed.get("type").asText());
        assertEquals(other, changed.at("/data/communityCode").asText());
        assertEquals("PROVIDER_STAFF", changed.at("/data/kind").asText());
        assertEquals(providerId, changed.at("/data/providerId").asText());
        assertEquals(1, changed.at("/data/version").asLong());

        for (ConsumerRecord<String, String> record : records) {
            assertFalse(record.value().contains("张老师") || record.value().contains(PHONE)
                    || record.value().contains("高级讲师") || record.value().contains("书法"), record.value());
        }
    }

    @Test
    void sessionTeacherAssignmentsFollowTheSessionUnderTheProgrammeKey() {
        String code = community("清淮路社区");
        String programmeId = programme(code, "暑期读书征文");
        String sessionId = session(programmeId);
        String zhang = teacher(code, "张老师");
        String li = teacher(code, "李老师");
        as(TestTokens.staff(code)).body(Map.of("teacherIds", List.of(li, zhang)))
                .put("/api/v1/sessions/{id}/teachers", sessionId).then().statusCode(200);
        as(TestTokens.staff(code)).body(Map.of("teacherIds", List.of()))
                .put("/api/v1/sessions/{id}/teachers", sessionId).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = awaitRecords(programmeId, 4);
        List<JsonNode> events = records.stream().map(this::parse).toList();
        assertEquals(List.of("ProgrammeCreated", "SessionScheduled", "SessionTeachersAssigned", "SessionTeachersAssigned"),
                events.stream().map(e -> e.get("type").asText()).toList());
        JsonNode assigned = events.get(2).get("data");
        assertEquals(sessionId, assigned.get("sessionId").asText());
        assertEquals(programmeId, assigned.get("programmeId").asText());
        assertEquals(code, assigned.get("communityCode").asText());
        assertEquals(2010, assigned.get("year").asInt());
        assertEquals(List.of(li, zhang), texts(assigned.get("teacherIds")));
        assertEquals(List.of(), texts(events.get(3).at("/data/teacherIds")));
        assertFalse(records.get(2).value().contains("老师"), records.get(2).value());
    }

    @Test
    void staffActivitiesAreKeyedByCommunityWithoutTitleOrMinutes() {
        String code = community("清淮路社区");
        plan(code, 2010);
        String zhang = teacher(code, "张老师");
        String id = as(TestTokens.staff(code))
                .body(Map.of("date", "2010-03-05", "kind", "REGULAR_MEETING", "title", "三月份社区教育例会",
                        "attendeeTeacherIds", List.of(zhang), "minutes", MINUTES))
                .post("/api/v1/communities/{code}/staff-activities", code).then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = awaitRecords(code, 3);
        assertEquals(List.of("CommunityRegistered", "PlanSet", "StaffActivityRecorded"),
                records.stream().map(r -> parse(r).get("type").asText()).toList());
        JsonNode recorded = parse(records.get(2)).get("data");
        assertEquals(id, recorded.get("activityId").asText());
        assertEquals(code, recorded.get("communityCode").asText());
        assertEquals(2010, recorded.get("year").asInt());
        assertEquals("2010-03-05", recorded.get("date").asText());
        assertEquals("REGULAR_MEETING", recorded.get("kind").asText());
        assertEquals(List.of(zhang), texts(recorded.get("attendeeTeacherIds")));
        String value = records.get(2).value();
        assertFalse(value.contains("例会纪要") || value.contains("三月份") || value.contains("张老师"), value);
    }

    @Test
    void refusedRequestsPublishNothing() {
        String code = community("清淮路社区");
        String programmeId = programme(code, "暑期读书征文");
        String sessionId = session(programmeId);
        String elsewhere = teacher(community("新河路社区"), "王老师");
        asAdmin().body(Map.of("teacherIds", List.of(elsewhere))).put("/api/v1/sessions/{id}/teachers", sessionId)
                .then().statusCode(422);
        as(TestTokens.staff("some-other-community")).body(Map.of("teacherIds", List.of()))
                .put("/api/v1/sessions/{id}/teachers", sessionId).then().statusCode(403);
        asAdmin().body(Map.of("date", "2010-03-05", "kind", "REGULAR_MEETING", "title", "没有计划的例会"))
                .post("/api/v1/communities/{code}/staff-activities", code).then().statusCode(422);
        String unknown = Fixtures.uniqueCode("nowhere");
        asAdmin().body(teacherBody(unknown, "赵老师")).post("/api/v1/teachers").then().statusCode(422);

        // The relay sends in commit order: once a later event is out, anything the refusals had written would be too.
        String marker = community("标记社区");
        awaitRecords(marker, 1);
        assertEquals(List.of("ProgrammeCreated", "SessionScheduled"),
                records(programmeId).stream().map(r -> parse(r).get("type").asText()).toList());
        assertEquals(List.of("CommunityRegistered"), records(code).stream().map(r -> parse(r).get("type").asText()).toList());
        assertTrue(probe.records().stream().noneMatch(r -> r.value().contains(unknown)));
    }

    @Test
    void everyTeacherEventMatchesTheAsyncApiDocument() {
        String code = community("契约社区");
        plan(code, 2010);
        String programmeId = programme(code, "居民自我教育读书会");
        String sessionId = session(programmeId);
        String zhang = teacher(code, "张老师");
        asAdmin().body(teacherBody(code, "张老师")).put("/api/v1/teachers/{id}", zhang).then().statusCode(200);
        asAdmin().body(Map.of("teacherIds", List.of(zhang))).put("/api/v1/sessions/{id}/teachers", sessionId)
                .then().statusCode(200);
        asAdmin().body(Map.of("date", "2010-09-10", "kind", "TRAINING", "title", "教师节培训", "attendeeTeacherIds", List.of(zhang)))
                .post("/api/v1/communities/{code}/staff-activities", code).then().statusCode(201);
        asAdmin().body(Map.of("date", "2010-10-10", "kind", "SEMINAR", "title", "研讨会"))
                .post("/api/v1/communities/{code}/staff-activities", code).then().statusCode(201);

        List<String> mine = await().atMost(Duration.ofSeconds(20)).until(() -> probe.records().stream()
                        .filter(r -> r.key().equals(zhang) || r.key().equals(programmeId) || r.key().equals(code))
                        .map(ConsumerRecord::value).toList(),
                values -> values.stream().map(v -> parse(v).get("type").asText()).toList().containsAll(List.of(
                        "TeacherRegistered", "TeacherChanged", "SessionTeachersAssigned", "StaffActivityRecorded")));
        EventContract contract = EventContract.load();
        mine.forEach(contract::check);
    }

    private List<ConsumerRecord<String, String>> awaitRecords(String key, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> records(key), records -> records.size() >= count);
    }

    private List<ConsumerRecord<String, String>> records(String key) {
        return probe.records().stream().filter(r -> key.equals(r.key())).toList();
    }

    private JsonNode parse(ConsumerRecord<String, String> record) {
        return parse(record.value());
    }

    private JsonNode parse(String value) {
        try {
            return mapper.readTree(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
