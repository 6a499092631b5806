package io.communityedu.reporting.api;

import io.communityedu.reporting.service.AuditEntryView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One entry of the audit trail, as the service that answered the request published it (AsyncAPI AuditEntry). */
public record AuditEntryResponse(
        @Schema(format = "uuid", example = "5b0c3f0e-9a51-4a4e-9d62-0f3a6c2b8e71") String id,
        @Schema(description = "When the request was answered (UTC)") Instant at,
        @Schema(description = "The service that answered", example = "enrolment-service") String service,
        @Schema(description = "The token's sub; null without a (valid) token", nullable = true) String actor,
        @Schema(description = "The caller's roles of the role table, sorted", example = "[\"community-staff\"]")
        List<String> actorRoles,
        @Schema(description = "The token's azp", nullable = true, example = "community-edu-cli") String clientId,
        @Schema(description = "Method and route template", example = "POST /api/v1/enrolments/{id}/cancel") String action,
        @Schema(description = "What the request addressed", nullable = true, example = "enrolment") String resourceType,
        @Schema(description = "That resource's id", nullable = true) String resourceId,
        @Schema(description = "The HTTP status answered", example = "200") int status,
        @Schema(description = "The X-Request-Id the gateway gave the request", nullable = true) String requestId) {

    static AuditEntryResponse of(AuditEntryView entry) {
        return new AuditEntryResponse(entry.id(), entry.at(), entry.service(), entry.actor(), entry.actorRoles(),
                entry.clientId(), entry.action(), entry.resourceType(), entry.resourceId(), entry.status(),
                entry.requestId());
    }
}
