package io.communityedu.enrolment.notifications;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/** Deliveries are timed by the database's clock, so instances whose clocks differ still agree on leases. */
@ApplicationScoped
public class NotificationDeliveryRepository implements PanacheRepositoryBase<NotificationDelivery, String> {

    /**
     * Claims up to {@code limit} due deliveries: rows another instance has locked are skipped, not waited for,
     * and a claimed row is not due again until {@code lease} has passed, so no two instances send one row at
     * the same time. Returns the claimed rows with their attempts so far.
     */
    @SuppressWarnings("unchecked")
    public List<NotificationDelivery> claimDue(int limit, Duration lease) {
        List<NotificationDelivery> due = getEntityManager().createNativeQuery("""
                        SELECT * FROM notification_delivery
                         WHERE delivered_at IS NULL AND next_attempt_at <= UTC_TIMESTAMP(6)
                         ORDER BY next_attempt_at LIMIT :limit
                           FOR UPDATE SKIP LOCKED""", NotificationDelivery.class)
                .setParameter("limit", limit)
                .getResultList();
        due.forEach(d -> retryIn(d.notificationId, lease, d.lastError));
        return due;
    }

    public void delivered(String notificationId) {
        getEntityManager().createNativeQuery("""
                        UPDATE notification_delivery SET delivered_at = UTC_TIMESTAMP(6), attempts = attempts + 1,
                               last_error = NULL
                         WHERE notification_id = :id""")
                .setParameter("id", notificationId)
                .executeUpdate();
    }

    public void failed(String notificationId, Duration backoff, String error) {
        getEntityManager().createNativeQuery("UPDATE notification_delivery SET attempts = attempts + 1 WHERE notification_id = :id")
                .setParameter("id", notificationId)
                .executeUpdate();
        retryIn(notificationId, backoff, error);
    }

    private void retryIn(String notificationId, Duration delay, String error) {
        getEntityManager().createNativeQuery("""
                        UPDATE notification_delivery
                           SET next_attempt_at = TIMESTAMPADD(MICROSECOND, :micros, UTC_TIMESTAMP(6)), last_error = :error
                         WHERE notification_id = :id""")
                .setParameter("micros", delay.toNanos() / 1000)
                .setParameter("error", error)
                .setParameter("id", notificationId)
                .executeUpdate();
    }
}
