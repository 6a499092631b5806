package io.communityedu.support.lease;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;

/**
 * Named leases in the table {@code outbox_lease}: which instance of a service does a background job
 * (relay the outbox, purge what retention allows), until when. Database time decides, so the
 * instances' clocks need not agree. A lease's row is created by a migration of service-support.
 */
@ApplicationScoped
public class DatabaseLease {

    /** Takes or renews the lease {@code name} for {@code owner}; false while another owner holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean hold(String name, String owner, Duration duration) {
        return Panache.getEntityManager().createNativeQuery("""
                        UPDATE outbox_lease
                           SET owner = ?1, expires_at = TIMESTAMPADD(MICROSECOND, ?2, UTC_TIMESTAMP(6))
                         WHERE name = ?3 AND (owner = ?1 OR owner IS NULL OR expires_at < UTC_TIMESTAMP(6))""")
                .setParameter(1, owner)
                .setParameter(2, duration.toNanos() / 1000)
                .setParameter(3, name)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name, String owner) {
        Panache.getEntityManager()
                .createNativeQuery("UPDATE outbox_lease SET owner = NULL WHERE name = ?1 AND owner = ?2")
                .setParameter(1, name)
                .setParameter(2, owner)
                .executeUpdate();
    }
}
