package io.communityedu.enrolment.draws;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class DrawRepository implements PanacheRepositoryBase<Draw, String> {

    /** The session's draw, committed now if it has none. The caller holds the session's lock. */
    public Draw commitFor(String sessionId, Instant now) {
        return findByIdOptional(sessionId).orElseGet(() -> {
            Draw draw = Draw.committed(sessionId, now);
            persist(draw);
            return draw;
        });
    }
}
