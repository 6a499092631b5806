package io.communityedu.programmes;

import io.communityedu.support.audit.AuditRecorded;
import io.communityedu.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Makes a request that the service accepted fail afterwards, in the transaction that has just
 * written its audit entry: as a commit that fails would. Only requests carrying {@link #REQUEST_ID}
 * (a prefix of their X-Request-Id) and only their accepted entry; every other request is untouched.
 */
@ApplicationScoped
public class RollbackAfterAudit {

    static final String REQUEST_ID = "roll-back-";

    void rollBack(@Observes AuditRecorded recorded) {
        String requestId = recorded.entry().requestId();
        if (requestId != null && requestId.startsWith(REQUEST_ID) && recorded.entry().status() < 400) {
            throw ProblemException.conflict("Rolled back by the test after the change and its audit entry were written.");
        }
    }
}
