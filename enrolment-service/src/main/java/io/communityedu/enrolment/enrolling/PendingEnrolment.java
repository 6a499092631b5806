package io.communityedu.enrolment.enrolling;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A command waiting in its session's queue, and the future its request thread waits on. */
final class PendingEnrolment {

    private final EnrolmentCommand command;
    private final CompletableFuture<Decision> decision = new CompletableFuture<>();

    PendingEnrolment(EnrolmentCommand command) {
        this.command = command;
    }

    EnrolmentCommand command() {
        return command;
    }

    void decided(Decision decided) {
        decision.complete(decided);
    }

    void failed(Throwable failure) {
        decision.completeExceptionally(failure);
    }

    /** Waits for the decision; a failure is thrown as it was thrown on the worker. */
    Decision await() {
        try {
            return decision.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
