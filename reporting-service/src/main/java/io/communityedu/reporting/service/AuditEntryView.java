package io.communityedu.reporting.service;

import io.communityedu.reporting.domain.StoredAuditEntry;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One kept audit entry, its roles as a sorted list. */
public record AuditEntryView(String id, Instant at, String service, String actor, List<String> actorRoles,
                             String clientId, String action, String resourceType, String resourceId, int status,
                             String requestId) {

    static AuditEntryView of(StoredAuditEntry entry) {
        List<String> roles = entry.actorRoles.isEmpty() ? List.of() : Arrays.asList(entry.actorRoles.split(","));
        return new AuditEntryView(entry.id, entry.at, entry.service, entry.actor, roles, entry.clientId,
                entry.action, entry.resourceType, entry.resourceId, entry.status, entry.requestId);
    }
}
