package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, String> {

    /** Held places that erasure gives up; confirmed ones stay, anonymous. */
    public static final List<EnrolmentStatus> UNCONFIRMED =
            List.of(EnrolmentStatus.WAITLISTED, EnrolmentStatus.APPLIED, EnrolmentStatus.OFFERED);

    public Optional<Enrolment> heldPlace(String sessionId, String residentId) {
        return find("sessionId = ?1 and holderId = ?2", sessionId, residentId).firstResultOptional();
    }

    /** Which of these residents hold a place in the session (read through the held-place key). */
    public Set<String> holdersAmong(String sessionId, Collection<String> residentIds) {
        return Set.copyOf(find("select e.holderId from Enrolment e where e.sessionId = ?1 and e.holderId in ?2",
                sessionId, residentIds).project(String.class).list());
    }

    /** The longest-waiting enrolment of the session. */
    public Optional<Enrolment> firstWaitlisted(String sessionId) {
        return find("sessionId = ?1 and status = ?2 order by sequence", sessionId, EnrolmentStatus.WAITLISTED)
                .firstResultOptional();
    }

    /** 1-based place of a waitlisted enrolment: counted in the roster index, not read out of it. */
    public int waitlistPosition(String sessionId, long sequence) {
        return (int) count("sessionId = ?1 and status = ?2 and sequence <= ?3", sessionId, EnrolmentStatus.WAITLISTED, sequence);
    }

    /** The session's waitlist in order, as sequences: a position is an index in it, plus one. */
    public List<Long> waitlistSequences(String sessionId) {
        return find("select e.sequence from Enrolment e where e.sessionId = ?1 and e.status = ?2 order by e.sequence",
                sessionId, EnrolmentStatus.WAITLISTED).project(Long.class).list();
    }

    /** Whether anyone holds a place in the session (one row read through the held-place key). */
    public boolean anyHeld(String sessionId) {
        return find("sessionId = ?1 and holderId is not null", sessionId).firstResultOptional().isPresent();
    }

    /** The session's enrolments holding a place: confirmed, waitlisted, applied or offered. */
    public List<Enrolment> holdingPlaces(String sessionId) {
        return list("sessionId = ?1 and holderId is not null", sessionId);
    }

    /**
     * Sessions with an offer that has lapsed by {@code now}, or lapses by {@code remindBy} and has not been reminded:
     * the offers sweeper's work list, read without locks (each session is re-checked under its lock).
     */
    public List<String> sessionsWithOffersDue(Instant now, Instant remindBy) {
        return getEntityManager().createQuery("select distinct e.sessionId from Enrolment e where e.status = ?1 "
                        + "and e.offerExpiresAt <= ?2 and (e.offerExpiresAt <= ?3 or e.offerRemindedAt is null)", String.class)
                .setParameter(1, EnrolmentStatus.OFFERED).setParameter(2, remindBy).setParameter(3, now)
                .getResultList();
    }

    /** The session's offers lapsing by {@code remindBy}, in order of arrival. Read under the session's lock. */
    public List<Enrolment> offersLapsingBy(String sessionId, Instant remindBy) {
        return list("sessionId = ?1 and status = ?2 and offerExpiresAt <= ?3 order by sequence",
                sessionId, EnrolmentStatus.OFFERED, remindBy);
    }

    public PanacheQuery<Enrolment> roster(String sessionId, EnrolmentStatus status) {
        Parameters params = Parameters.with("session", sessionId);
        String query = "sessionId = :session";
        if (status != null) {
            query += " and status = :status";
            params.and("status", status);
        }
        return find(query + " order by sequence", params);
    }

    public PanacheQuery<Enrolment> ofResident(String residentId) {
        return find("residentId = ?1 order by createdAt desc, id", residentId);
    }

    public PanacheQuery<Enrolment> ofResidents(Collection<String> residentIds) {
        return find("residentId in ?1 order by createdAt desc, id", residentIds);
    }

    /** Which of these residents hold a confirmed (or completed) place in the session. */
    public Set<String> confirmedAmong(String sessionId, Collection<String> residentIds) {
        return Set.copyOf(find("select e.residentId from Enrolment e where e.sessionId = ?1 and e.residentId in ?2 "
                        + "and e.status in ?3", sessionId, residentIds,
                List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED)).project(String.class).list());
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
    public int countWaitlisted(String sessionId) {
        return getEntityManager().createQuery("select count(e) from Enrolment e where e.sessionId = :session "
                        + "and e.status = :waitlisted", Long.class)
                .setParameter("session", sessionId).setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .getSingleResult().intValue();
    }

    /** The session's drawn enrolments in draw order. */
    public List<Enrolment> inDrawOrder(String sessionId) {
        return getEntityManager().createQuery("select e from Enrolment e where e.sessionId = :session "
                        + "and e.drawRank is not null order by e.drawRank", Enrolment.class)
                .setParameter("session", sessionId).getResultList();
    }

    /** Sessions where the resident holds a place not yet confirmed (waitlisted, applied or offered), in id order. */
    public List<String> sessionsHeldUnconfirmed(String residentId) {
        return getEntityManager().createQuery("select distinct e.sessionId from Enrolment e where e.residentId = :resident "
                        + "and e.status in :held order by e.sessionId", String.class)
                .setParameter("resident", residentId).setParameter("held", UNCONFIRMED).getResultList();
    }

    /** Whether an enrolment of the resident changed at or after {@code since}. */
    public boolean changedSince(String residentId, Instant since) {
        return count("residentId = ?1 and updatedAt >= ?2", residentId, since) > 0;
    }

    /** Ids of the residents' enrolments. */
    public List<String> idsOf(Collection<String> residentIds) {
        return getEntityManager().createQuery("select e.id from Enrolment e where e.residentId in :residents", String.class)
                .setParameter("residents", residentIds).getResultList();
    }
}
