package io.communityedu.enrolment.enrolling;

import io.communityedu.enrolment.service.EnrolmentView;
import io.communityedu.enrolment.service.Replayable;
import io.communityedu.support.audit.AuditTrail;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Enrolment requests queue per session, in order of arrival; a worker takes a session's waiting
 * requests (up to {@code enrolling.max-batch}) and {@link EnrolmentBatch} decides them in one
 * transaction under one lock of the session's row. A rush into one session then costs one lock,
 * one set of reads and one commit per batch instead of per request. Each request thread waits for
 * its own decision, which is final only once the batch has committed. A failed batch is decided
 * again one request at a time, so one bad request cannot take the others down with it.
 */
@ApplicationScoped
public class EnrolmentQueues {

    private static final Logger LOG = Logger.getLogger(EnrolmentQueues.class);

    private final EnrolmentBatch batches;
    private final EnrollingConfig config;
    private final Caller caller;
    private final AuditTrail trail;
    private final Map<String, SessionQueue> queues = new ConcurrentHashMap<>();
    private final ExecutorService workers;

    public EnrolmentQueues(EnrolmentBatch batches, EnrollingConfig config, Caller caller, AuditTrail trail) {
        this.batches = batches;
        this.config = config;
        this.caller = caller;
        this.trail = trail;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "enrolling-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Decides the request in its session's next batch and answers as {@code EnrolmentService} did one by one. */
    public Replayable<EnrolmentView> enrol(String residentId, String sessionId, String idempotencyKey) {
        PendingEnrolment pending = new PendingEnrolment(new EnrolmentCommand(residentId, sessionId, idempotencyKey,
                caller.snapshot(), trail.prepare()));
        boolean[] start = {false};
        queues.compute(sessionId, (id, queue) -> {
            SessionQueue joined = queue == null ? new SessionQueue() : queue;
            start[0] = joined.add(pending);
            return joined;
        });
        if (start[0]) {
            schedule(sessionId);
        }
        Decision decision = pending.await();
        if (pending.command().audit() != null) {
            trail.markRecorded(); // written with the decision, in its transaction
        }
        return decision.answerOrThrow();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        workers.shutdown(); // batches already queued are still decided, before the database goes
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("Enrolment workers still busy after 30 s at shutdown");
        }
    }

    private void schedule(String sessionId) {
        try {
            workers.execute(() -> drainOnce(sessionId));
        } catch (RejectedExecutionException shuttingDown) {
            List<PendingEnrolment> left;
            while (!(left = take(sessionId)).isEmpty()) {
                left.forEach(p -> p.failed(ProblemException.unavailable("The service is shutting down; try again.")));
            }
        }
    }

    /** One batch of the session, then back in line behind the other sessions' if more are waiting. */
    private void drainOnce(String sessionId) {
        List<PendingEnrolment> batch = take(sessionId);
        if (batch.isEmpty()) {
            return;
        }
        decide(sessionId, batch);
        schedule(sessionId);
    }

    private List<PendingEnrolment> take(String sessionId) {
        @SuppressWarnings("unchecked")
        List<PendingEnrolment>[] taken = new List[]{List.of()};
        queues.computeIfPresent(sessionId, (id, queue) -> {
            taken[0] = queue.take(config.maxBatch());
            return queue.isIdle() ? null : queue;
        });
        return taken[0];
    }

    private void decide(String sessionId, List<PendingEnrolment> batch) {
        try {
            answer(batch, batches.decide(sessionId, batch.stream().map(PendingEnrolment::command).toList()));
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                batch.get(0).failed(failure);
                return;
            }
            LOG.warnf("A batch of %d enrolments in session %s failed (%s); deciding them one by one",
                    batch.size(), sessionId, failure.toString());
            for (PendingEnrolment pending : batch) {
                try {
                    answer(List.of(pending), batches.decide(sessionId, List.of(pending.command())));
                } catch (RuntimeException alone) {
                    pending.failed(alone);
                }
            }
        }
    }

    private static void answer(List<PendingEnrolment> batch, List<Decision> decisions) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).decided(decisions.get(i));
        }
    }
}
