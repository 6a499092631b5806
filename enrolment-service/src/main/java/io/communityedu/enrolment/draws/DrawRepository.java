package io.communityedu.enrolment.draws;

import io.communityedu.enrolment.domain.Allocation;
import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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

    /**
     * Lottery sessions closed before {@code now} whose draw has not run, earliest close first. A lottery session
     * without a draw row has no application: there is nothing to draw.
     */
    public List<String> due(Instant now) {
        return getEntityManager().createQuery("select d.sessionId from Draw d, SessionReplica s "
                        + "where s.sessionId = d.sessionId and d.drawnAt is null and s.allocation = :lottery "
                        + "and s.enrolmentClosesAt < :now order by s.enrolmentClosesAt, s.sessionId", String.class)
                .setParameter("lottery", Allocation.LOTTERY).setParameter("now", now).getResultList();
    }

    /** The session's applications waiting for the draw. */
    public List<Enrolment> applications(String sessionId) {
        return getEntityManager().createQuery("select e from Enrolment e where e.sessionId = :session "
                        + "and e.status = :applied order by e.sequence", Enrolment.class)
                .setParameter("session", sessionId).setParameter("applied", EnrolmentStatus.APPLIED).getResultList();
    }

    /** Which of these residents hold a confirmed or completed place in any session of the year. */
    public Set<String> placedInYear(int year, Collection<String> residentIds) {
        if (residentIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("select distinct e.residentId from Enrolment e, SessionReplica s "
                        + "where s.sessionId = e.sessionId and s.year = :year and e.status in :placed "
                        + "and e.residentId in :residents", String.class)
                .setParameter("year", year)
                .setParameter("placed", List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED))
                .setParameter("residents", residentIds).getResultList());
    }

    /** The session's waitlisted enrolments before the draw adds its own. */
    public int waitlisted(String sessionId) {
        return getEntityManager().createQuery("select count(e) from Enrolment e where e.sessionId = :session "
                        + "and e.status = :waitlisted", Long.class)
                .setParameter("session", sessionId).setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .getSingleResult().intValue();
    }

    /** The session's drawn enrolments in draw order. */
    public List<Enrolment> drawn(String sessionId) {
        return getEntityManager().createQuery("select e from Enrolment e where e.sessionId = :session "
                        + "and e.drawRank is not null order by e.drawRank", Enrolment.class)
                .setParameter("session", sessionId).getResultList();
    }
}
