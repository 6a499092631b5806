package io.communityedu.support.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditEntryTest {

    @Test
    void entriesAboutOneResourceShareAKeyOthersAreKeyedByTheirId() {
        assertEquals("resident/r-1", entry("resident", "r-1").messageKey());
        assertEquals("e-1", entry("draw", null).messageKey());
        assertEquals("e-1", entry(null, null).messageKey());
    }

    private static AuditEntry entry(String type, String id) {
        return new AuditEntry("e-1", Instant.EPOCH, "enrolment-service", "sub-1", List.of("resident"), "cli",
                "POST /api/v1/draws", type, id, 200, null);
    }
}
