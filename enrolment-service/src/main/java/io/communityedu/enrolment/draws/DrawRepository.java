package io.communityedu.enrolment.draws;

import io.communityedu.enrolment.domain.Allocation;
import io.communityedu.enrolment.domain.ProgrammeStatus;
import io.communityedu.enrolment.events.LotteryDraws;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class DrawRepository implements PanacheRepositoryBase<Draw, String>, LotteryDraws {

    @Override
    public boolean begun(String sessionId) {
        return findByIdOptional(sessionId).isPresent();
    }

    /** The session's draw, committed now if it has none. The caller holds the session's lock. */
    public Draw commitFor(String sessionId, Instant now) {
        return findByIdOptional(sessionId).orElseGet(() -> {
            Draw draw = Draw.committed(sessionId, now);
            persist(draw);
            return draw;
        });
    }

    /**
     * Lottery sessions of active programmes closed before {@code now} whose draw has not run, earliest close first.
     * A lottery session without a draw row has no application: there is nothing to draw. An archived programme's
     * lottery waits: drawn if it is reactivated.
     */
    public List<String> due(Instant now) {
        return getEntityManager().createQuery("select d.sessionId from Draw d, SessionReplica s "
                        + "where s.sessionId = d.sessionId and d.drawnAt is null and s.allocation = :lottery "
                        + "and s.programmeStatus = :active and s.enrolmentClosesAt < :now order by s.enrolmentClosesAt, s.sessionId",
                        String.class)
                .setParameter("lottery", Allocation.LOTTERY).setParameter("active", ProgrammeStatus.ACTIVE)
                .setParameter("now", now).getResultList();
    }
}
