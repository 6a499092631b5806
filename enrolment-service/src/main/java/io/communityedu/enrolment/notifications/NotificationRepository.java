package io.communityedu.enrolment.notifications;

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
}
