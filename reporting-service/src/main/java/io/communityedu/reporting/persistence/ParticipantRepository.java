package io.communityedu.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct participants per scope, counted as places come and go: a resident counts once in a
 * scope while holding at least one place there. Atomic upserts, so instances sharing the work agree.
 * No entity maps these tables, so Hibernate need not flush its pending changes before these statements.
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
        // MySQL counts an inserted row as 1 affected row and an updated one as 2: 1 means a new participant.
        int affected = statement("""
                INSERT INTO participant_member (community_code, scope_year, scope, resident_ref, places)
                VALUES (?1, ?2, ?3, ?4, 1)
                ON DUPLICATE KEY UPDATE places = places + 1""")
                .setParameter(1, communityCode).setParameter(2, year).setParameter(3, scope).setParameter(4, residentRef)
                .executeUpdate();
        if (affected == 1) {
            addParticipants(communityCode, year, scope, 1);
        }
    }

    /** The resident gave up one place in the scope. */
    public void placeReleased(String communityCode, int year, String scope, String residentRef) {
        int lastPlace = statement("""
                DELETE FROM participant_member
                WHERE community_code = ?1 AND scope_year = ?2 AND scope = ?3 AND resident_ref = ?4 AND places = 1""")
                .setParameter(1, communityCode).setParameter(2, year).setParameter(3, scope).setParameter(4, residentRef)
                .executeUpdate();
        if (lastPlace == 1) {
            addParticipants(communityCode, year, scope, -1);
            return;
        }
        statement("""
                UPDATE participant_member SET places = places - 1
                WHERE community_code = ?1 AND scope_year = ?2 AND scope = ?3 AND resident_ref = ?4 AND places > 1""")
                .setParameter(1, communityCode).setParameter(2, year).setParameter(3, scope).setParameter(4, residentRef)
                .executeUpdate();
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

    private void addParticipants(String communityCode, int year, String scope, int delta) {
        statement("""
                INSERT INTO participant_count (community_code, scope_year, scope, participants)
                VALUES (?1, ?2, ?3, ?4)
                ON DUPLICATE KEY UPDATE participants = participants + ?4""")
                .setParameter(1, communityCode).setParameter(2, year).setParameter(3, scope).setParameter(4, delta)
                .executeUpdate();
    }

    private Query statement(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }
}
