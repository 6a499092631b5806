package io.communityedu.enrolment.enrolling;

import io.communityedu.support.audit.PreparedAuditEntry;
import io.communityedu.support.security.CallerSnapshot;

/**
 * One request to enrol, detached from its HTTP request so that a session's worker can decide it:
 * who asks (as of the request), with which Idempotency-Key, and its audit entry but for the answer
 * ({@code audit} null when the request is not audited).
 */
public record EnrolmentCommand(String residentId, String sessionId, String idempotencyKey, CallerSnapshot caller,
                               PreparedAuditEntry audit) {

    /** What an Idempotency-Key is bound to: the same key with another resident or session is refused. */
    String idempotentRequest() {
        return residentId + "\n" + sessionId;
    }
}
