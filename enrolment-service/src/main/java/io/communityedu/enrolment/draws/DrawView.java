package io.communityedu.enrolment.draws;

import java.time.Instant;
import java.util.List;

/** A lottery session's draw: the commitment from the first application on, the seed and the order once drawn. */
public record DrawView(String sessionId, String seedCommitment, String seed, Instant drawnAt,
                       List<DrawnEnrolmentView> order) {

    /** Until drawn, the seed, the time and the order are not told. */
    static DrawView of(Draw draw, List<DrawnEnrolmentView> order) {
        return draw.isDrawn()
                ? new DrawView(draw.sessionId, draw.seedCommitment, draw.seed, draw.drawnAt, order)
                : new DrawView(draw.sessionId, draw.seedCommitment, null, null, List.of());
    }
}
