package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.support.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SessionReplicaRepository implements PanacheRepositoryBase<SessionReplica, String> {

    /** Locks the session's row: every change to its places goes through this lock, on every instance. */
    public Optional<SessionReplica> lock(String sessionId) {
        return RowLocks.lockById(getEntityManager(), SessionReplica.class, sessionId,
                "SELECT * FROM session_replica WHERE session_id = ?1 FOR UPDATE", sessionId);
    }

    public List<SessionReplica> lockOfProgramme(String programmeId) {
        return RowLocks.lock(getEntityManager(), SessionReplica.class,
                "SELECT * FROM session_replica WHERE programme_id = ?1 ORDER BY session_id FOR UPDATE", programmeId);
    }
}
