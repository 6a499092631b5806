package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/** The data of an AuditEntryRecorded event on audit-events (docs/asyncapi.yaml, schema AuditEntry). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditEntryRecorded(String id, Instant at, String service, String actor, List<String> actorRoles,
                                 String clientId, String action, String resourceType, String resourceId, int status,
                                 String requestId) {
}
