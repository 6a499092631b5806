package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.IdempotencyRecord;
import io.communityedu.support.persistence.LikePatterns;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, String> {

    /**
     * Claims a key for this transaction: true when it was free. A concurrent claim of the same key
     * waits on the row until this transaction ends, and then finds it taken.
     */
    public boolean claim(String key, String requestHash, Instant now) {
        return getEntityManager().createNativeQuery("INSERT IGNORE INTO idempotency_record"
                        + " (idempotency_key, request_hash, response_status, response_body, created_at)"
                        + " VALUES (?1, ?2, 0, '', ?3)")
                .setParameter(1, key).setParameter(2, requestHash).setParameter(3, now)
                .executeUpdate() == 1;
    }

    /** Deletes the answers kept for this caller ({@code sub}): keys are "<sub> <Idempotency-Key>". */
    public long deleteOfSubject(String subject) {
        String prefix = LikePatterns.startingWith(subject + " ");
        return getEntityManager().createNativeQuery("DELETE FROM idempotency_record WHERE idempotency_key LIKE ?1")
                .setParameter(1, prefix).executeUpdate();
    }

    /** Deletes up to {@code limit} records made before {@code before}; the count deleted. */
    public int deleteCreatedBefore(Instant before, int limit) {
        return getEntityManager().createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1 LIMIT ?2")
                .setParameter(1, before).setParameter(2, limit).executeUpdate();
    }
}
