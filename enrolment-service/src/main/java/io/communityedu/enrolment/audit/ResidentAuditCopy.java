package io.communityedu.enrolment.audit;

import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.support.audit.AuditEntry;
import io.communityedu.support.audit.AuditRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps a copy of each audit entry about a live resident's record or one of their enrolments, in the transaction
 * that writes the entry: the personal-data export shows the resident who read or changed them. Entries about an
 * erased resident are not kept (erasure deleted the earlier ones).
 */
@ApplicationScoped
public class ResidentAuditCopy {

    private final ResidentAuditRepository copies;
    private final ResidentRepository residents;
    private final EnrolmentRepository enrolments;

    public ResidentAuditCopy(ResidentAuditRepository copies, ResidentRepository residents,
                             EnrolmentRepository enrolments) {
        this.copies = copies;
        this.residents = residents;
        this.enrolments = enrolments;
    }

    void recorded(@Observes AuditRecorded recorded) {
        AuditEntry entry = recorded.entry();
        if (entry.resourceId() == null || !concernsALiveResident(entry)) {
            return;
        }
        ResidentAuditEntry copy = new ResidentAuditEntry();
        copy.id = entry.id();
        copy.at = entry.at();
        copy.service = entry.service();
        copy.actor = entry.actor();
        copy.actorRoles = String.join(",", entry.actorRoles());
        copy.clientId = entry.clientId();
        copy.action = entry.action();
        copy.resourceType = entry.resourceType();
        copy.resourceId = entry.resourceId();
        copy.status = entry.status();
        copy.requestId = entry.requestId();
        copies.persist(copy);
    }

    private boolean concernsALiveResident(AuditEntry entry) {
        if (ResidentAuditRepository.RESIDENT.equals(entry.resourceType())) {
            return residents.findLive(entry.resourceId()).isPresent();
        }
        if (ResidentAuditRepository.ENROLMENT.equals(entry.resourceType())) {
            return enrolments.findByIdOptional(entry.resourceId())
                    .flatMap(e -> residents.findLive(e.residentId)).isPresent();
        }
        return false;
    }
}
