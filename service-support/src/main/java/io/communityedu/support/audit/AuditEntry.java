package io.communityedu.support.audit;

import java.time.Instant;
import java.util.List;

/**
 * Who did or read what, and how it was answered (API.md "Personal data rights and audit"; the data
 * of an {@code AuditEntryRecorded} event). Ids, route templates and statuses only: never a name,
 * phone, birth date, query string or body.
 */
public record AuditEntry(String id, Instant at, String service, String actor, List<String> actorRoles,
                         String clientId, String action, String resourceType, String resourceId, int status,
                         String requestId) {

    public static final String EVENT_TYPE = "AuditEntryRecorded";

    /** Entries about one resource share a key, so they stay in order. */
    public String messageKey() {
        return resourceType != null && resourceId != null ? resourceType + "/" + resourceId : id;
    }
}
