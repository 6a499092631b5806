package io.communityedu.support.audit;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PreparedAuditEntryTest {

    @Path("/api/v1/enrolments")
    static class Enrolments {
        public void enrol() {
        }
    }

    private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void anAcceptedCreationNamesWhatItCreated() throws Exception {
        AuditEntry entry = prepared(null).answered(201, "e-1", AT);
        assertEquals(new AuditEntry(entry.id(), AT, "enrolment-service", "sub-1", List.of("community-staff"), "web",
                "POST /api/v1/enrolments", "enrolment", "e-1", 201, "req-1"), entry);
    }

    @Test
    void aRefusalNamesTheCollectionOnly() throws Exception {
        AuditEntry entry = prepared(null).answered(409, null, AT);
        assertEquals("enrolment", entry.resourceType());
        assertNull(entry.resourceId());
        assertEquals(409, entry.status());
    }

    @Test
    void whatTheServiceSaidItAddressedWins() throws Exception {
        AuditEntry entry = prepared(new AuditedRoute.Resource("resident", "r-1")).answered(201, "e-1", AT);
        assertEquals("resident", entry.resourceType());
        assertEquals("r-1", entry.resourceId());
    }

    @Test
    void everyAnswerIsAnEntryOfItsOwn() throws Exception {
        PreparedAuditEntry prepared = prepared(null);
        assertNotEquals(prepared.answered(201, "e-1", AT).id(), prepared.answered(201, "e-1", AT).id());
    }

    private static PreparedAuditEntry prepared(AuditedRoute.Resource told) throws Exception {
        AuditedRoute route = AuditedRoute.of("POST", Enrolments.class.getMethod("enrol"), null);
        return new PreparedAuditEntry("enrolment-service", route, told, "sub-1", List.of("community-staff"), "web", "req-1");
    }
}
