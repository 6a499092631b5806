package io.communityedu.programmes.service;

import io.communityedu.programmes.api.CommunityRequest;
import io.communityedu.programmes.api.CommunityResponse;
import io.communityedu.programmes.api.PlanRequest;
import io.communityedu.programmes.api.PlanResponse;
import io.communityedu.programmes.domain.AnnualPlan;
import io.communityedu.programmes.domain.Community;
import io.communityedu.programmes.events.ProgrammeEvents;
import io.communityedu.programmes.persistence.CommunityRepository;
import io.communityedu.programmes.persistence.PlanRepository;
import io.communityedu.support.api.PageRequest;
import io.communityedu.support.api.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.RoundingMode;
import java.time.Instant;

/** Communities and their annual plans. */
@ApplicationScoped
@Transactional
public class CommunityService {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private final CommunityRepository communities;
    private final PlanRepository plans;
    private final ProgrammeEvents events;
    private final Caller caller;

    public CommunityService(CommunityRepository communities, PlanRepository plans, ProgrammeEvents events, Caller caller) {
        this.communities = communities;
        this.plans = plans;
        this.events = events;
        this.caller = caller;
    }

    public CommunityResponse register(CommunityRequest request) {
        if (communities.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("Community " + request.code() + " already exists.");
        }
        Community community = new Community();
        community.code = request.code();
        community.name = request.name().strip();
        community.district = request.district() == null ? null : request.district().strip();
        community.createdAt = Timestamps.now();
        communities.persist(community);
        events.communityRegistered(community);
        return CommunityResponse.from(community);
    }

    public PageResponse<CommunityResponse> list(PageRequest page) {
        PanacheQuery<Community> query = communities.findAll(Sort.by("code")).page(page.page(), page.size());
        return page.respond(query.list().stream().map(CommunityResponse::from).toList(), query.count());
    }

    public CommunityResponse get(String code) {
        return CommunityResponse.from(community(code));
    }

    public Upserted<PlanResponse> setPlan(String code, int year, PlanRequest request) {
        caller.requireCommunity(code);
        checkYear(year);
        community(code);
        Instant now = Timestamps.now();
        AnnualPlan plan = plans.findPlan(code, year).orElse(null);
        boolean created = plan == null;
        if (created) {
            plan = new AnnualPlan();
            plan.communityCode = code;
            plan.year = year;
            plan.createdAt = now;
        }
        plan.residentPopulation = request.residentPopulation();
        plan.participationTargetPercent = request.participationTargetPercent();
        plan.featuredProgrammeTarget = request.featuredProgrammeTarget();
        plan.budget = request.budget().setScale(2, RoundingMode.UNNECESSARY);
        plan.updatedAt = now;
        if (created) {
            plans.persist(plan);
        }
        events.planSet(plan);
        return new Upserted<>(PlanResponse.from(plan), created);
    }

    public PlanResponse getPlan(String code, int year) {
        checkYear(year);
        community(code);
        return plans.findPlan(code, year).map(PlanResponse::from)
                .orElseThrow(() -> ProblemException.notFound("Plan of community " + code + " for year", year));
    }

    public PageResponse<PlanResponse> listPlans(String code, PageRequest page) {
        community(code);
        PanacheQuery<AnnualPlan> query = plans.ofCommunity(code).page(page.page(), page.size());
        return page.respond(query.list().stream().map(PlanResponse::from).toList(), query.count());
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
