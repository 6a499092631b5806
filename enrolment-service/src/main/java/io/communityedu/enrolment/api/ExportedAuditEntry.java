package io.communityedu.enrolment.api;

import java.time.Instant;
import java.util.List;

/** TEMPORARY until service-support's AuditEntry lands: the same fields. */
public record ExportedAuditEntry(String id, Instant at, String service, String actor, List<String> actorRoles,
                                 String clientId, String action, String resourceType, String resourceId, int status,
                                 String requestId) {
}
