package io.communityedu.reporting.persistence;

import io.communityedu.reporting.domain.ReportedSession;
import io.communityedu.support.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<ReportedSession, String> {

    public Optional<ReportedSession> lock(String sessionId) {
        return RowLocks.lockById(getEntityManager(), ReportedSession.class, sessionId,
                "SELECT * FROM reported_session WHERE session_id = ?1 FOR UPDATE", sessionId);
    }
}
