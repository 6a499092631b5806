package io.communityedu.programmes;

import io.communityedu.support.audit.AuditRecorded;
import io.communityedu.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Makes the commit of a request that the service accepted fail, after the change and its audit entry
 * were written (as a constraint checked only at commit or a lost connection would). Only requests
 * carrying {@link #REQUEST_ID} (a prefix of their X-Request-Id) and only their accepted entry; every
 * other request is untouched.
 */
@ApplicationScoped
public class RollbackAfterAudit {

    static final String REQUEST_ID = "roll-back-";

    private final TransactionSynchronizationRegistry transactions;

    RollbackAfterAudit(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    void rollBack(@Observes AuditRecorded recorded) {
        String requestId = recorded.entry().requestId();
        if (requestId != null && requestId.startsWith(REQUEST_ID) && recorded.entry().status() < 400) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    throw ProblemException.conflict("The test failed this commit after the change and its audit entry.");
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        }
    }
}
