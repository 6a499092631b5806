package io.communityedu.support.audit;

/**
 * Fired synchronously inside the transaction that writes {@code entry} to the outbox, so a service
 * can keep a copy of its own (enrolment-service does, for a resident's copy of their data).
 */
public record AuditRecorded(AuditEntry entry) {
}
