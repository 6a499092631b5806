package io.communityedu.programmes.service;

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

    public ProgrammeView create(ProgrammeCommand command) {
        caller.requireCommunity(command.communityCode());
        Programme programme = new Programme();
        programme.id = UUID.randomUUID().toString();
        programme.createdAt = Timestamps.now();
        apply(command, programme);
        programmes.persist(programme);
        events.programmeCreated(programme);
        return ProgrammeView.of(programme);
    }

    public ProgrammeView replace(String id, ProgrammeCommand command) {
        Programme programme = find(id);
        caller.requireCommunity(programme.communityCode);
        caller.requireCommunity(command.communityCode());
        boolean moves = !programme.communityCode.equals(command.communityCode()) || programme.year != command.year();
        if (moves && sessions.countOfProgramme(id) > 0) {
            throw ProblemException.conflict("Programme " + id
                    + " has sessions; its community and year can no longer change.");
        }
        apply(command, programme);
        events.programmeChanged(programme);
        return ProgrammeView.of(programme);
    }

    public PageResponse<ProgrammeView> search(ProgrammeFilter filter, PageRequest page) {
        PanacheQuery<Programme> query = programmes.search(filter).page(page.page(), page.size());
        return page.respond(query.list().stream().map(ProgrammeView::of).toList(), query.count());
    }

    public ProgrammeView get(String id) {
        return ProgrammeView.of(find(id));
    }

    Programme find(String id) {
        return programmes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Programme", id));
    }

    private void apply(ProgrammeCommand command, Programme programme) {
        if (command.minAge() != null && command.maxAge() != null && command.minAge() > command.maxAge()) {
            throw ProblemException.invalid("maxAge", "must not be less than minAge");
        }
        // Stored as the community was registered: the database matches codes whatever their case, equals() does not.
        String communityCode = communities.registeredCode(command.communityCode())
                .orElseThrow(() -> ProblemException.refused("UNKNOWN_COMMUNITY",
                        "Community " + command.communityCode() + " is not registered."));
        if (command.providerId() != null && providers.findByIdOptional(command.providerId()).isEmpty()) {
            throw ProblemException.refused("UNKNOWN_PROVIDER",
                    "Provider " + command.providerId() + " is not registered.");
        }
        Instant now = Timestamps.now();
        programme.communityCode = communityCode;
        programme.year = command.year();
        programme.title = command.title().strip();
        programme.description = command.description();
        programme.strand = command.strand();
        programme.targetGroups = command.targetGroups() == null || command.targetGroups().isEmpty()
                ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(command.targetGroups());
        programme.minAge = command.minAge();
        programme.maxAge = command.maxAge();
        programme.providerId = command.providerId();
        programme.featured = Boolean.TRUE.equals(command.featured());
        programme.certificateName = command.certificateName() == null || command.certificateName().isBlank()
                ? null : command.certificateName().strip();
        programme.fee = Objects.requireNonNullElse(command.fee(), BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
        programme.status = Objects.requireNonNullElse(command.status(), ProgrammeStatus.ACTIVE);
        programme.updatedAt = now;
    }
}
