package io.communityedu.enrolment.persistence;

import io.communityedu.enrolment.domain.Notification;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, String> {

    /** An inbox newest first; only the unread ones when {@code unread} is true, the read ones when false. */
    public PanacheQuery<Notification> inbox(String recipientId, Boolean unread) {
        String query = "recipientId = :recipient";
        if (unread != null) {
            query += unread ? " and readAt is null" : " and readAt is not null";
        }
        return find(query + " order by createdAt desc, id", Parameters.with("recipient", recipientId));
    }

    public long countUnread(String recipientId) {
        return count("recipientId = ?1 and readAt is null", recipientId);
    }

    public Optional<Notification> inInbox(String recipientId, String id) {
        return find("id = ?1 and recipientId = ?2", id, recipientId).firstResultOptional();
    }

    /** The inbox's notifications created at or after {@code from}, oldest first, but for those already sent. */
    public List<Notification> since(String recipientId, Instant from, Collection<String> excluded) {
        return excluded.isEmpty()
                ? list("recipientId = ?1 and createdAt >= ?2 order by createdAt, id", recipientId, from)
                : list("recipientId = ?1 and createdAt >= ?2 and id not in ?3 order by createdAt, id",
                        recipientId, from, excluded);
    }

    /** Every notification to or about these residents, newest first (the personal-data export). */
    public List<Notification> toOrAbout(Collection<String> residentIds) {
        return list("recipientId in ?1 or residentId in ?1 order by createdAt desc, id", residentIds);
    }

    /** Deletes every notification to or about the resident, with its webhook delivery (erasure). */
    public long deleteToOrAbout(String residentId) {
        getEntityManager().createNativeQuery("DELETE d FROM notification_delivery d JOIN notification n"
                        + " ON n.id = d.notification_id WHERE n.recipient_id = ?1 OR n.resident_id = ?1")
                .setParameter(1, residentId).executeUpdate();
        return getEntityManager().createNativeQuery("DELETE FROM notification WHERE recipient_id = ?1 OR resident_id = ?1")
                .setParameter(1, residentId).executeUpdate();
    }

    /**
     * Deletes up to {@code limit} notifications to or about erased residents, with their deliveries: erasure deletes
     * them, but a change that read the resident just before the erasure committed may have written one after.
     */
    public int deleteOfErased(int limit) {
        @SuppressWarnings("unchecked")
        List<String> ids = getEntityManager().createNativeQuery("SELECT n.id FROM notification n JOIN resident r"
                        + " ON r.id = n.resident_id OR r.id = n.recipient_id WHERE r.erased_at IS NOT NULL LIMIT ?1")
                .setParameter(1, limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        getEntityManager().createNativeQuery("DELETE FROM notification_delivery WHERE notification_id IN (?1)")
                .setParameter(1, ids).executeUpdate();
        return getEntityManager().createNativeQuery("DELETE FROM notification WHERE id IN (?1)")
                .setParameter(1, ids).executeUpdate();
    }
}
