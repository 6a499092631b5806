package io.communityedu.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EventContract against the real docs/asyncapi.yaml. */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROGRAMME = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private static final String SESSION = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private static EventContract contract;

    @BeforeAll
    static void load() {
        contract = EventContract.load();
    }

    @Test
    void validEventsOfSeveralTypesPass() {
        ObjectNode promoted = enrolment("EnrolmentPromoted");
        data(promoted).put("previousStatus", "WAITLISTED");
        for (ObjectNode event : List.of(planSet(), enrolment("EnrolmentConfirmed"), promoted, expenditureReversed(), teacherRegistered())) {
            assertEquals(List.of(), contract.violations(event.toString()), event.toString());
            contract.check(event.toString());
        }
    }

    @Test
    void missingRequiredField() {
        assertViolations(planSet(), e -> data(e).remove("year"), "$.data: required property 'year' not found");
        assertViolations(planSet(), e -> e.remove("eventId"), "$: required property 'eventId' not found");
    }

    @Test
    void undeclaredField() {
        assertViolations(teacherRegistered(), e -> data(e).put("name", "王老师"),
                "$.data: property 'name' is not defined in the schema and the schema does not allow additional properties");
        assertViolations(planSet(), e -> ((ArrayNode) data(e).get("budgetLines")).addObject().put("category", "OTHER").put("amount", 1).put("note", "x"),
                "$.data.budgetLines[2]: property 'note' is not defined in the schema and the schema does not allow additional properties");
    }

    @Test
    void wrongType() {
        assertViolations(planSet(), e -> data(e).put("year", "2010"), "$.data.year: string found, integer expected");
        assertViolations(planSet(), e -> data(e).put("budget", "150000.00"), "$.data.budget: string found, number expected");
        assertViolations(planSet(), e -> data(e).put("year", 2010.5), "$.data.year: number found, integer expected");
        assertViolations(teacherRegistered(), e -> e.put("data", "teacher"), "$.data: string found, object expected");
    }

    @Test
    void unknownEnumValue() {
        assertViolations(planSet(), e -> ((ObjectNode) e.at("/data/budgetLines/0")).put("category", "FOOD"),
                "$.data.budgetLines[0].category: does not have a value in the enumeration [\"TEACHING\", \"MATERIALS\", \"VENUES\", \"PUBLICITY\", \"STAFF_DEVELOPMENT\", \"OTHER\"]");
        assertViolations(enrolment("EnrolmentCancelled"), e -> data(e).put("previousStatus", "LOST"),
                "$.data.previousStatus: does not have a value in the enumeration [\"CONFIRMED\", \"WAITLISTED\", \"CANCELLED\", \"COMPLETED\", \"APPLIED\", \"OFFERED\", \"DECLINED\", \"EXPIRED\", null]");
    }

    @Test
    void wrongConst() {
        assertViolations(planSet(), e -> e.put("schemaVersion", "1"),
                "$.schemaVersion: string found, integer expected", "$.schemaVersion: must be the constant value '1'");
        assertViolations(planSet(), e -> e.put("schemaVersion", 2), "$.schemaVersion: must be the constant value '1'");
    }

    @Test
    void outOfRange() {
        assertViolations(planSet(), e -> data(e).put("residentPopulation", 0), "$.data.residentPopulation: must have a minimum value of 1");
        assertViolations(planSet(), e -> ((ObjectNode) e.at("/data/budgetLines/0")).put("amount", -0.01),
                "$.data.budgetLines[0].amount: must have a minimum value of 0");
        assertViolations(planSet(), e -> data(e).put("participationTargetPercent", 101),
                "$.data.participationTargetPercent: must have a maximum value of 100");
    }

    @Test
    void badFormats() {
        assertViolations(planSet(), e -> e.put("eventId", "not-a-uuid"),
                "$.eventId: does not match the uuid pattern must be a valid RFC 4122 UUID");
        // Ids are written lowercase (UUID.toString) and compared as text downstream.
        assertViolations(planSet(), e -> e.put("eventId", "3F2504E0-4F89-11D3-9A0C-0305E82C3301"),
                "$.eventId: does not match the uuid pattern must be a valid RFC 4122 UUID");
        assertViolations(expenditureReversed(), e -> data(e).put("date", "2024-02-30"),
                "$.data.date: does not match the date pattern must be a valid RFC 3339 full-date");
        assertViolations(expenditureReversed(), e -> data(e).put("date", "2024/03/01"),
                "$.data.date: does not match the date pattern must be a valid RFC 3339 full-date");
        assertViolations(planSet(), e -> e.put("occurredAt", "2024-03-01 10:00"),
                "$.occurredAt: does not match the date-time pattern must be a valid RFC 3339 date-time");
        assertViolations(planSet(), e -> e.put("occurredAt", "2024-03-01T10:00:00"),
                "$.occurredAt: does not match the date-time pattern must be a valid RFC 3339 date-time");
    }

    @Test
    void nullWhereNotAllowed() {
        assertViolations(enrolment("EnrolmentConfirmed"), e -> data(e).putNull("status"),
                "$.data.status: null found, string expected",
                "$.data.status: does not have a value in the enumeration [\"CONFIRMED\", \"WAITLISTED\", \"CANCELLED\", \"COMPLETED\", \"APPLIED\", \"OFFERED\", \"DECLINED\", \"EXPIRED\"]");
        assertViolations(planSet(), e -> e.putNull("occurredAt"), "$.occurredAt: null found, string expected");
    }

    @Test
    void everyViolationIsReported() {
        assertViolations(teacherRegistered(), e -> {
            data(e).put("kind", "GUEST").put("version", -1).remove("communityCode");
            e.put("eventId", "42");
        }, "$.eventId: does not match the uuid pattern must be a valid RFC 4122 UUID",
                "$.data.kind: does not have a value in the enumeration [\"STAFF\", \"VOLUNTEER\", \"INVITED\", \"PROVIDER_STAFF\"]",
                "$.data.version: must have a minimum value of 0",
                "$.data: required property 'communityCode' not found");
    }

    @Test
    void unknownMessageType() {
        assertViolations(planSet(), e -> e.put("type", "PlanDeleted"), "no message named PlanDeleted");
    }

    @Test
    void notJson() {
        for (String garbage : List.of("{\"type\": \"PlanSet\"", "{} trailing")) {
            List<String> violations = contract.violations(garbage);
            assertEquals(1, violations.size(), violations.toString());
            assertTrue(violations.get(0).startsWith("not JSON: "), violations.toString());
        }
    }

    @Test
    void checkListsTheViolationsAndTheEvent() {
        ObjectNode event = planSet();
        data(event).put("year", "2010");
        AssertionError error = assertThrows(AssertionError.class, () -> contract.check(event.toString()));
        assertTrue(error.getMessage().contains("[$.data.year: string found, integer expected]"), error.getMessage());
        assertTrue(error.getMessage().endsWith(event.toString()), error.getMessage());
    }

    private static void assertViolations(ObjectNode event, Consumer<ObjectNode> breakIt, String... expected) {
        breakIt.accept(event);
        assertEquals(List.of(expected), contract.violations(event.toString()), event.toString());
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    private static ObjectNode envelope(String type) {
        ObjectNode event = JSON.createObjectNode()
                .put("eventId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301")
                .put("type", type)
                .put("occurredAt", "2024-03-01T02:15:30.123456Z")
                .put("schemaVersion", 1);
        event.putObject("data");
        return event;
    }

    private static ObjectNode planSet() {
        ObjectNode event = envelope("PlanSet");
        ObjectNode data = data(event)
                .put("communityCode", "qinghuai-road").put("year", 2010).put("residentPopulation", 12000)
                .put("participationTargetPercent", 50).put("featuredProgrammeTarget", 2)
                .put("budget", 150000.00).put("regularMeetingsPlanned", 12).put("version", 0);
        data.putArray("budgetLines")
                .add(JSON.createObjectNode().put("category", "TEACHING").put("amount", 100000.00))
                .add(JSON.createObjectNode().put("category", "VENUES").put("amount", 50000));
        return event;
    }

    private static ObjectNode enrolment(String type) {
        ObjectNode event = envelope(type);
        data(event)
                .put("enrolmentId", "6fa459ea-ee8a-3ca4-894e-db77e160355e").put("sessionId", SESSION)
                .put("programmeId", PROGRAMME).put("communityCode", "qinghuai-road").put("year", 2010)
                .put("strand", "RESIDENT_TRAINING").put("residentRef", "16fd2706-8baf-433b-82eb-8c7fada847da")
                .put("residentCommunityCode", "qinghuai-road").put("status", "CONFIRMED").putNull("previousStatus")
                .put("hours", 24).put("placesTaken", 1).put("capacity", 10)
                .put("fee", 200.00).put("price", 180.00).put("version", 0);
        return event;
    }

    private static ObjectNode expenditureReversed() {
        ObjectNode event = envelope("ExpenditureReversed");
        data(event)
                .put("entryId", "a8098c1a-f86e-11da-bd1a-00112444be1e").put("communityCode", "qinghuai-road")
                .put("year", 2010).put("date", "2010-02-28").put("category", "MATERIALS").put("amount", -1250.50)
                .put("programmeId", PROGRAMME).put("reversalOf", "e902893a-9d22-3c7e-a7b8-d6e313b71d9f");
        return event;
    }

    private static ObjectNode teacherRegistered() {
        ObjectNode event = envelope("TeacherRegistered");
        data(event)
                .put("teacherId", "1b4e28ba-2fa1-11d2-883f-0016d3cca427").put("communityCode", "qinghuai-road")
                .put("kind", "VOLUNTEER").putNull("providerId").put("version", 0);
        return event;
    }
}
