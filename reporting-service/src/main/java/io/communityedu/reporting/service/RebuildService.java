package io.communityedu.reporting.service;

import io.communityedu.reporting.persistence.ProjectionStateRepository;
import io.communityedu.support.inbox.EventConsumer;
import io.communityedu.support.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Drops the projections and builds them again from the beginning of the topics. */
@ApplicationScoped
public class RebuildService {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final EventConsumer consumer;
    private final ProjectionStateRepository state;

    public RebuildService(EventConsumer consumer, ProjectionStateRepository state) {
        this.consumer = consumer;
        this.state = state;
    }

    /**
     * Returns once the projections are empty and the replay has begun; the numbers then fill in
     * again. The request's transaction (the audit interceptor's) takes no lock here: the poll thread
     * clears the tables in a transaction of its own.
     */
    public void rebuild() {
        try {
            consumer.replayFromBeginning(() -> QuarkusTransaction.requiringNew().run(state::clear))
                    .get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw ProblemException.conflict("The rebuild could not start: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw ProblemException.conflict("The rebuild did not start within " + START_TIMEOUT.toSeconds()
                    + " s; the event consumer is busy or cannot reach Kafka.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.conflict("Interrupted while starting the rebuild.");
        }
    }

    @Transactional
    public ProjectionStatusView status() {
        return new ProjectionStatusView(state.asOf(), consumer.lag());
    }
}
