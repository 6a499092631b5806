package io.communityedu.reporting.persistence;

import java.time.Instant;

/** Search criteria of the audit trail; null means "any". from is inclusive, to exclusive. */
public record AuditFilter(String actor, String resourceType, String resourceId, Instant from, Instant to) {
}
