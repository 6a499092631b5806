package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.AnnualPlan;
import io.communityedu.programmes.domain.Community;
import io.communityedu.programmes.events.ProgrammeEvents;
import io.communityedu.programmes.funding.FundingService;
import io.communityedu.programmes.funding.PlanView;
import io.communityedu.programmes.persistence.CommunityRepository;
import io.communityedu.programmes.persistence.PlanRepository;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Objects;

/** Communities and their annual plans. */
@ApplicationScoped
@Transactional
public class CommunityService {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;
    /** Regular staff meetings (例会) a plan expects when it does not say: one a month. */
    static final int DEFAULT_REGULAR_MEETINGS_PLANNED = 12;

    private final CommunityRepository communities;
    private final PlanRepository plans;
    private final ProgrammeEvents events;
    private final FundingService funding;
    private final Caller caller;

    public CommunityService(CommunityRepository communities, PlanRepository plans, ProgrammeEvents events,
                            FundingService funding, Caller caller) {
        this.communities = communities;
        this.plans = plans;
        this.events = events;
        this.funding = funding;
        this.caller = caller;
    }

    public CommunityView register(CommunityCommand command) {
        if (communities.findByIdOptional(command.code()).isPresent()) {
            throw ProblemException.conflict("Community " + command.code() + " already exists.");
        }
        Community community = new Community();
        community.code = command.code();
        community.name = command.name().strip();
        community.district = command.district() == null ? null : command.district().strip();
        community.createdAt = Timestamps.now();
        communities.persist(community);
        events.communityRegistered(community);
        return CommunityView.of(community);
    }

    public PageResponse<CommunityView> list(PageRequest page) {
        PanacheQuery<Community> query = communities.findAll(Sort.by("code")).page(page.page(), page.size());
        return page.respond(query.list().stream().map(CommunityView::of).toList(), query.count());
    }

    public CommunityView get(String code) {
        return CommunityView.of(community(code));
    }

    public Upserted<PlanView> setPlan(String code, int year, PlanCommand command) {
        caller.requireCommunity(code);
        checkYear(year);
        String communityCode = communities.registeredCode(code) // as registered, whatever case the path used
                .orElseThrow(() -> ProblemException.notFound("Community", code));
        Instant now = Timestamps.now();
        // Locked: the budget is checked against the ledger, which bookings change under the same lock.
        AnnualPlan plan = plans.lockPlan(code, year).orElse(null);
        boolean created = plan == null;
        if (created) {
            plan = new AnnualPlan();
            plan.communityCode = communityCode;
            plan.year = year;
            plan.createdAt = now;
        }
        funding.setBudget(plan, command.budget(), command.budgetLines());
        plan.residentPopulation = command.residentPopulation();
        plan.participationTargetPercent = command.participationTargetPercent();
        plan.featuredProgrammeTarget = command.featuredProgrammeTarget();
        plan.regularMeetingsPlanned = Objects.requireNonNullElse(command.regularMeetingsPlanned(),
                DEFAULT_REGULAR_MEETINGS_PLANNED);
        plan.updatedAt = now;
        if (created) {
            plans.persist(plan);
        }
        events.planSet(plan);
        return new Upserted<>(funding.planView(plan), created);
    }

    public PlanView getPlan(String code, int year) {
        checkYear(year);
        community(code);
        return plans.findPlan(code, year).map(funding::planView)
                .orElseThrow(() -> ProblemException.notFound("Plan of community " + code + " for year", year));
    }

    public PageResponse<PlanView> listPlans(String code, PageRequest page) {
        community(code);
        PanacheQuery<AnnualPlan> query = plans.ofCommunity(code).page(page.page(), page.size());
        return page.respond(funding.planViews(query.list()), query.count());
    }

    private Community community(String code) {
        return communities.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Community", code));
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ProblemException.invalid("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }
}
