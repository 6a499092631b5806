package io.communityedu.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct participants per scope, counted as places come and go: a resident counts once in a
 * scope while holding at least one place there. Atomic upserts, so instances sharing the work agree.
 */
@ApplicationScoped
public class ParticipantRepository {

    /** The scope of a community's own residents, in any community's programmes of the year. */
    public static final String ALL = "ALL";

    private final EntityManager em;

    public ParticipantRepository(EntityManager em) {
        this.em = em;
    }

    /** The resident took one more place in the scope. */
    public void placeTaken(String communityCode, int year, String scope, String residentRef) {
        em.createNativeQuery("""
                INSERT INTO participant_member (community_code, scope_year, scope, resident_ref, places)
                VALUES (?1, ?2, ?3, ?4, 1)
                ON DUPLICATE KEY UPDATE places = places + 1""")
                .setParameter(1, communityCode).setParameter(2, year).setParameter(3, scope).setParameter(4, residentRef)
                .executeUpdate();
        if (places(communityCode, year, scope, residentRef) == 1) {
            addParticipants(communityCode, year, scope, 1);
        }
    }

    /** The resident gave up one place in the scope. */
    public void placeReleased(String communityCode, int year, String scope, String residentRef) {
        int released = em.createNativeQuery("""
                UPDATE participant_member SET places = places - 1
                WHERE community_code = ?1 AND scope_year = ?2 AND scope = ?3 AND resident_ref = ?4 AND places > 0""")
                .setParameter(1, communityCode).setParameter(2, year).setParameter(3, scope).setParameter(4, residentRef)
                .executeUpdate();
        if (released == 1 && places(communityCode, year, scope, residentRef) == 0) {
            em.createNativeQuery("""
                    DELETE FROM participant_member
                    WHERE community_code = ?1 AND scope_year = ?2 AND scope = ?3 AND resident_ref = ?4""")
                    .setParameter(1, communityCode).setParameter(2, year).setParameter(3, scope).setParameter(4, residentRef)
                    .executeUpdate();
            addParticipants(communityCode, year, scope, -1);
        }
    }

    /** Participants of a community's year by scope ({@link #ALL} and each strand that has any). */
    public Map<String, Long> counts(String communityCode, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT scope, participants FROM participant_count WHERE community_code = ?1 AND scope_year = ?2""",
                        Object[].class)
                .setParameter(1, communityCode).setParameter(2, year)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private long places(String communityCode, int year, String scope, String residentRef) {
        List<?> rows = em.createNativeQuery("""
                SELECT places FROM participant_member
                WHERE community_code = ?1 AND scope_year = ?2 AND scope = ?3 AND resident_ref = ?4""")
                .setParameter(1, communityCode).setParameter(2, year).setParameter(3, scope).setParameter(4, residentRef)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    private void addParticipants(String communityCode, int year, String scope, int delta) {
        em.createNativeQuery("""
                INSERT INTO participant_count (community_code, scope_year, scope, participants)
                VALUES (?1, ?2, ?3, ?4)
                ON DUPLICATE KEY UPDATE participants = participants + ?4""")
                .setParameter(1, communityCode).setParameter(2, year).setParameter(3, scope).setParameter(4, delta)
                .executeUpdate();
    }
}
