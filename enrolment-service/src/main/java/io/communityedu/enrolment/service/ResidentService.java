package io.communityedu.enrolment.service;

import io.communityedu.enrolment.api.ResidentRequest;
import io.communityedu.enrolment.api.ResidentResponse;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.TargetGroup;
import io.communityedu.enrolment.persistence.CommunityReplicaRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.support.api.PageRequest;
import io.communityedu.support.api.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.UUID;

/** Residents: personal data that stays in this service. */
@ApplicationScoped
@Transactional
public class ResidentService {

    private final ResidentRepository residents;
    private final CommunityReplicaRepository communities;

    public ResidentService(ResidentRepository residents, CommunityReplicaRepository communities) {
        this.residents = residents;
        this.communities = communities;
    }

    public ResidentResponse register(ResidentRequest request) {
        if (communities.findByIdOptional(request.communityCode()).isEmpty()) {
            throw ProblemException.refused("UNKNOWN_COMMUNITY",
                    "Community " + request.communityCode() + " is not registered.");
        }
        if (request.guardianId() != null && residents.findByIdOptional(request.guardianId()).isEmpty()) {
            throw ProblemException.refused("UNKNOWN_GUARDIAN",
                    "Guardian " + request.guardianId() + " is not a registered resident.");
        }
        Resident resident = new Resident();
        resident.id = UUID.randomUUID().toString();
        resident.pseudonym = UUID.randomUUID().toString();
        resident.communityCode = request.communityCode();
        resident.name = request.name().strip();
        resident.birthDate = request.birthDate();
        resident.groups = request.groups() == null || request.groups().isEmpty()
                ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(request.groups());
        resident.phone = request.phone();
        resident.guardianId = request.guardianId();
        resident.createdAt = Timestamps.now();
        residents.persist(resident);
        return ResidentResponse.from(resident);
    }

    public ResidentResponse get(String id) {
        return residents.findByIdOptional(id).map(ResidentResponse::from)
                .orElseThrow(() -> ProblemException.notFound("Resident", id));
    }

    public PageResponse<ResidentResponse> list(String communityCode, PageRequest page) {
        PanacheQuery<Resident> query = residents.ofCommunity(communityCode).page(page.page(), page.size());
        return page.respond(query.list().stream().map(ResidentResponse::masked).toList(), query.count());
    }
}
