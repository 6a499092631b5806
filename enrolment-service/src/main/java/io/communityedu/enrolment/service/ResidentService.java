package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.TargetGroup;
import io.communityedu.enrolment.persistence.CommunityReplicaRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.support.audit.AuditTrail;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Residents: personal data that stays in this service. */
@ApplicationScoped
@Transactional
public class ResidentService {

    private final ResidentRepository residents;
    private final CommunityReplicaRepository communities;
    private final Caller caller;
    private final ResidentAccess access;
    private final AuditTrail audit;

    public ResidentService(ResidentRepository residents, CommunityReplicaRepository communities, Caller caller,
                           ResidentAccess access, AuditTrail audit) {
        this.residents = residents;
        this.communities = communities;
        this.caller = caller;
        this.access = access;
        this.audit = audit;
    }

    public ResidentView register(ResidentCommand command) {
        caller.requireCommunity(command.communityCode());
        // Stored as the community was registered: the database matches codes whatever their case, equals() does not.
        String communityCode = communities.registeredCode(command.communityCode())
                .orElseThrow(() -> ProblemException.refused("UNKNOWN_COMMUNITY",
                        "Community " + command.communityCode() + " is not registered."));
        // The guardian locked: an erasure of the guardian cannot pass this new ward by.
        if (command.guardianId() != null && residents.lockLive(command.guardianId()).isEmpty()) {
            throw ProblemException.refused("UNKNOWN_GUARDIAN",
                    "Guardian " + command.guardianId() + " is not a registered resident.");
        }
        Resident resident = newResident(communityCode, command.name(), command.birthDate(), command.groups(),
                command.phone());
        resident.guardianId = command.guardianId();
        residents.persist(resident);
        return ResidentView.of(resident);
    }

    public ResidentView get(String id) {
        Resident resident = residents.findLive(id).orElseThrow(() -> ProblemException.notFound("Resident", id));
        access.requireResident(resident);
        audit.recordRead("resident", resident.id); // a full record: who read it is kept
        return ResidentView.of(resident);
    }

    /** Staff see their communities' residents; officers and admins anyone's. Minimal items; erased residents are gone. */
    public PageResponse<ResidentListItemView> list(String communityCode, PageRequest page) {
        PanacheQuery<Resident> query;
        if (communityCode != null) {
            caller.requireCommunity(communityCode);
            query = residents.ofCommunity(communityCode);
        } else {
            query = caller.isDistrictWide() ? residents.ofCommunity(null) : residents.ofCommunities(caller.communities());
        }
        query.page(page.page(), page.size());
        return page.respond(query.list().stream().map(ResidentListItemView::of).toList(), query.count());
    }

    /** A new resident with the personal data every registration takes, not yet persisted. */
    static Resident newResident(String communityCode, String name, LocalDate birthDate, List<TargetGroup> groups,
                                String phone) {
        Resident resident = new Resident();
        resident.id = UUID.randomUUID().toString();
        resident.pseudonym = UUID.randomUUID().toString();
        resident.communityCode = communityCode;
        resident.name = name.strip();
        resident.birthDate = birthDate;
        resident.groups = groupsOf(groups);
        resident.phone = phone;
        resident.createdAt = Timestamps.now();
        resident.lastActivityAt = resident.createdAt;
        return resident;
    }

    /** A resident's groups from a request: none given is none. */
    static Set<TargetGroup> groupsOf(List<TargetGroup> groups) {
        return groups == null || groups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(groups);
    }
}
