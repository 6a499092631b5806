package io.communityedu.reporting.persistence;

import io.communityedu.reporting.domain.StoredAuditEntry;
import io.communityedu.support.audit.AuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<StoredAuditEntry, String> {

    /**
     * Stores an entry unless one with its id is already there: a redelivered event, or the replay of
     * a rebuild, leaves the trail as it was. (IGNORE also cuts a value longer than its column, e.g. the
     * resource id of a refused request to an absurdly long path, instead of refusing the entry.)
     */
    public void store(AuditEntry entry) {
        getEntityManager().createNativeQuery("""
                        INSERT IGNORE INTO audit_entry (id, at, service, actor, actor_roles, client_id, action,
                            resource_type, resource_id, status, request_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setFlushMode(FlushModeType.COMMIT) // no entry is ever pending in the session: no flush first
                .setParameter(1, entry.id())
                .setParameter(2, entry.at())
                .setParameter(3, entry.service())
                .setParameter(4, entry.actor())
                .setParameter(5, String.join(",", entry.actorRoles() == null ? List.of() : entry.actorRoles()))
                .setParameter(6, entry.clientId())
                .setParameter(7, entry.action())
                .setParameter(8, entry.resourceType())
                .setParameter(9, entry.resourceId())
                .setParameter(10, entry.status())
                .setParameter(11, entry.requestId())
                .executeUpdate();
    }

    /** Newest first; entries of the same instant by id, so pages never overlap. */
    public PanacheQuery<StoredAuditEntry> search(AuditFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.actor() != null) {
            where.add("actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.resourceType() != null) {
            where.add("resourceType = :resourceType");
            params.put("resourceType", filter.resourceType());
        }
        if (filter.resourceId() != null) {
            where.add("resourceId = :resourceId");
            params.put("resourceId", filter.resourceId());
        }
        if (filter.from() != null) {
            where.add("at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("at < :to");
            params.put("to", filter.to());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by at desc, id desc";
        return find(query, params);
    }
}
