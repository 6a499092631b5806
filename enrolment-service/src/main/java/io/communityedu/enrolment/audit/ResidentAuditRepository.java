package io.communityedu.enrolment.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ResidentAuditRepository implements PanacheRepositoryBase<ResidentAuditEntry, String> {

    public static final String RESIDENT = "resident";
    public static final String ENROLMENT = "enrolment";

    /** Entries about these residents' records and these enrolments, oldest first. */
    public List<ResidentAuditEntry> about(Collection<String> residentIds, Collection<String> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return list("resourceType = ?1 and resourceId in ?2 order by at, id", RESIDENT, residentIds);
        }
        return list("(resourceType = ?1 and resourceId in ?2) or (resourceType = ?3 and resourceId in ?4) order by at, id",
                RESIDENT, residentIds, ENROLMENT, enrolmentIds);
    }

    /** Deletes the entries about the resident's record and these enrolments of theirs (erasure). */
    public long deleteAbout(String residentId, Collection<String> enrolmentIds) {
        long deleted = delete("resourceType = ?1 and resourceId = ?2", RESIDENT, residentId);
        if (!enrolmentIds.isEmpty()) {
            deleted += delete("resourceType = ?1 and resourceId in ?2", ENROLMENT, enrolmentIds);
        }
        return deleted;
    }

    /**
     * Deletes copies about erased residents and their enrolments that a read committing just after an
     * erasure left behind (it found the resident live before the erasure committed).
     */
    public int deleteAboutErased() {
        return getEntityManager().createNativeQuery("""
                        DELETE a FROM resident_audit_entry a JOIN resident r ON r.id = a.resource_id
                         WHERE a.resource_type = 'resident' AND r.erased_at IS NOT NULL""").executeUpdate()
                + getEntityManager().createNativeQuery("""
                        DELETE a FROM resident_audit_entry a JOIN enrolment e ON e.id = a.resource_id
                          JOIN resident r ON r.id = e.resident_id
                         WHERE a.resource_type = 'enrolment' AND r.erased_at IS NOT NULL""").executeUpdate();
    }
}
