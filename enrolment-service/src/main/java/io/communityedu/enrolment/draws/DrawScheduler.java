package io.communityedu.enrolment.draws;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws closed lottery sessions nobody drew by hand, every {@code draws.every} (15 s unless set). Each in its own
 * transaction under the session's lock: on several instances each session is still drawn once.
 */
@ApplicationScoped
public class DrawScheduler {

    private static final Logger LOG = Logger.getLogger(DrawScheduler.class);

    private final DrawService draws;

    public DrawScheduler(DrawService draws) {
        this.draws = draws;
    }

    @Scheduled(identity = "lottery-draws", every = "${draws.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        drawDue();
    }

    /** Draws every due session; returns those it drew. One failing session does not keep the others waiting. */
    public List<String> drawDue() {
        List<String> drawn = new ArrayList<>();
        List<String> due;
        try {
            due = draws.due();
        } catch (RuntimeException e) {
            LOG.warnf("Lottery draws paused: %s", e.getClass().getName());
            return drawn;
        }
        for (String sessionId : due) {
            try {
                if (draws.drawIfDue(sessionId)) {
                    drawn.add(sessionId);
                    LOG.infof("Drew lottery session %s", sessionId);
                }
            } catch (RuntimeException e) {
                // The session id only: exception messages may carry a resident's data.
                LOG.errorf("Draw of lottery session %s failed (%s); retried next time", sessionId, e.getClass().getName());
            }
        }
        return drawn;
    }
}
