package io.communityedu.programmes.service;

import io.communityedu.programmes.api.ProgrammeRequest;
import io.communityedu.programmes.api.ProgrammeResponse;
import io.communityedu.programmes.domain.Programme;
import io.communityedu.programmes.domain.ProgrammeStatus;
import io.communityedu.programmes.domain.TargetGroup;
import io.communityedu.programmes.events.ProgrammeEvents;
import io.communityedu.programmes.persistence.CommunityRepository;
import io.communityedu.programmes.persistence.ProgrammeFilter;
import io.communityedu.programmes.persistence.ProgrammeRepository;
import io.communityedu.programmes.persistence.ProviderRepository;
import io.communityedu.programmes.persistence.SessionRepository;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.UUID;

/** Programmes of a community's plan year. */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final CommunityRepository communities;
    private final ProviderRepository providers;
    private final SessionRepository sessions;
    private final ProgrammeEvents events;
    private final Caller caller;

    public ProgrammeService(ProgrammeRepository programmes, CommunityRepository communities,
                            ProviderRepository providers, SessionRepository sessions, ProgrammeEvents events, Caller caller) {
        this.programmes = programmes;
        this.communities = communities;
        this.providers = providers;
        this.sessions = sessions;
        this.events = events;
        this.caller = caller;
    }

    public ProgrammeResponse create(ProgrammeRequest request) {
        caller.requireCommunity(request.communityCode());
        Programme programme = new Programme();
        programme.id = UUID.randomUUID().toString();
        programme.createdAt = Timestamps.now();
        apply(request, programme);
        programmes.persist(programme);
        events.programmeCreated(programme);
        return ProgrammeResponse.from(programme);
    }

    public ProgrammeResponse replace(String id, ProgrammeRequest request) {
        Programme programme = find(id);
        caller.requireCommunity(programme.communityCode);
        caller.requireCommunity(request.communityCode());
        boolean moves = !programme.communityCode.equals(request.communityCode()) || programme.year != request.year();
        if (moves && sessions.countOfProgramme(id) > 0) {
            throw ProblemException.conflict("Programme " + id
                    + " has sessions; its community and year can no longer change.");
        }
        apply(request, programme);
        events.programmeChanged(programme);
        return ProgrammeResponse.from(programme);
    }

    public PageResponse<ProgrammeResponse> search(ProgrammeFilter filter, PageRequest page) {
        PanacheQuery<Programme> query = programmes.search(filter).page(page.page(), page.size());
        return page.respond(query.list().stream().map(ProgrammeResponse::from).toList(), query.count());
    }

    public ProgrammeResponse get(String id) {
        return ProgrammeResponse.from(find(id));
    }

    Programme find(String id) {
        return programmes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Programme", id));
    }

    private void apply(ProgrammeRequest request, Programme programme) {
        if (request.minAge() != null && request.maxAge() != null && request.minAge() > request.maxAge()) {
            throw ProblemException.invalid("maxAge", "must not be less than minAge");
        }
        // Stored as the community was registered: the database matches codes whatever their case, equals() does not.
        String communityCode = communities.registeredCode(request.communityCode())
                .orElseThrow(() -> ProblemException.refused("UNKNOWN_COMMUNITY",
                        "Community " + request.communityCode() + " is not registered."));
        if (request.providerId() != null && providers.findByIdOptional(request.providerId()).isEmpty()) {
            throw ProblemException.refused("UNKNOWN_PROVIDER",
                    "Provider " + request.providerId() + " is not registered.");
        }
        Instant now = Timestamps.now();
        programme.communityCode = communityCode;
        programme.year = request.year();
        programme.title = request.title().strip();
        programme.description = request.description();
        programme.strand = request.strand();
        programme.targetGroups = request.targetGroups() == null || request.targetGroups().isEmpty()
                ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(request.targetGroups());
        programme.minAge = request.minAge();
        programme.maxAge = request.maxAge();
        programme.providerId = request.providerId();
        programme.featured = Boolean.TRUE.equals(request.featured());
        programme.certificateName = request.certificateName() == null || request.certificateName().isBlank()
                ? null : request.certificateName().strip();
        programme.fee = Objects.requireNonNullElse(request.fee(), BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
        programme.status = Objects.requireNonNullElse(request.status(), ProgrammeStatus.ACTIVE);
        programme.updatedAt = now;
    }
}
