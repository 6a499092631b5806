package io.communityedu.enrolment.offers;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.support.time.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Every {@code offers.every} (default 15 s): expires lapsed offers and reminds residents of offers lapsing within
 * two hours. Each session is swept in a transaction of its own under its row lock ({@link OfferService#sweep}), so
 * with several instances sweeping at once each offer still expires, and is reminded of, exactly once.
 */
@ApplicationScoped
public class OfferSweeper {

    private static final Logger LOG = Logger.getLogger(OfferSweeper.class);

    private final EnrolmentRepository enrolments;
    private final OfferService offers;
    private final Clock clock;

    public OfferSweeper(EnrolmentRepository enrolments, OfferService offers, Clock clock) {
        this.enrolments = enrolments;
        this.offers = offers;
        this.clock = clock;
    }

    @Scheduled(identity = "offers-sweeper", every = "${offers.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweep();
    }

    /** One sweep now; returns how many sessions had offers due. Public so tests can sweep right after moving the clock. */
    public int sweep() {
        Instant now = Timestamps.now(clock);
        List<String> due = QuarkusTransaction.requiringNew().call(
                () -> enrolments.sessionsWithOffersDue(now, now.plus(Enrolment.OFFER_REMINDER)));
        for (String sessionId : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> offers.sweep(sessionId));
            } catch (RuntimeException e) {
                // One session's failure must not hold up the others; the next sweep tries it again.
                // The session id only: exception messages may carry a resident's data.
                LOG.warnf("Sweeping the offers of session %s failed (%s); retried next time", sessionId,
                        e.getClass().getName());
            }
        }
        return due.size();
    }
}
