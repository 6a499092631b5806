package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.SessionReplica;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Locks are taken with plain {@code SELECT ... FOR UPDATE}: Hibernate's MySQL 8 dialect writes
 * {@code FOR UPDATE OF alias}, which MariaDB (the local stack) does not understand.
 */
@ApplicationScoped
public class SessionReplicaRepository implements PanacheRepositoryBase<SessionReplica, String> {

    /** Locks the session's row: every change to its places goes through this lock, on every instance. */
    public Optional<SessionReplica> lock(String sessionId) {
        List<SessionReplica> rows = getEntityManager()
                .createNativeQuery("SELECT * FROM session_replica WHERE session_id = ?1 FOR UPDATE", SessionReplica.class)
                .setParameter(1, sessionId)
                .getResultList();
        rows.forEach(getEntityManager()::refresh);
        return rows.stream().findFirst();
    }

    public List<SessionReplica> lockOfProgramme(String programmeId) {
        List<SessionReplica> rows = getEntityManager()
                .createNativeQuery("SELECT * FROM session_replica WHERE programme_id = ?1 ORDER BY session_id FOR UPDATE",
                        SessionReplica.class)
                .setParameter(1, programmeId)
                .getResultList();
        rows.forEach(getEntityManager()::refresh);
        return rows;
    }
}
