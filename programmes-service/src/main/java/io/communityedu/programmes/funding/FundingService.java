package io.communityedu.programmes.funding;

import io.communityedu.programmes.domain.AnnualPlan;
import io.communityedu.programmes.domain.BudgetCategory;
import io.communityedu.programmes.domain.CategoryAmount;
import io.communityedu.programmes.domain.PlanBudgetLine;
import io.communityedu.programmes.events.ProgrammeEvents;
import io.communityedu.programmes.persistence.CommunityRepository;
import io.communityedu.programmes.persistence.PlanRepository;
import io.communityedu.programmes.persistence.ProgrammeRepository;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.problem.FieldError;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A plan's money: its budget split into lines, and the append-only ledger of expenditures and
 * reversals that may never add up to more than the budget.
 */
@ApplicationScoped
@Transactional
public class FundingService {

    private static final String BUDGET_LINES_MISMATCH = "BUDGET_LINES_MISMATCH";
    private static final String BUDGET_BELOW_SPENT = "BUDGET_BELOW_SPENT";
    private static final String OVER_BUDGET = "OVER_BUDGET";
    private static final String UNKNOWN_PROGRAMME = "UNKNOWN_PROGRAMME";
    private static final String ALREADY_REVERSED = "ALREADY_REVERSED";
    private static final String NOT_REVERSIBLE = "NOT_REVERSIBLE";

    private final PlanRepository plans;
    private final CommunityRepository communities;
    private final ProgrammeRepository programmes;
    private final ExpenditureRepository ledger;
    private final ProgrammeEvents programmeEvents;
    private final FundingEvents events;
    private final Caller caller;

    public FundingService(PlanRepository plans, CommunityRepository communities, ProgrammeRepository programmes,
                          ExpenditureRepository ledger, ProgrammeEvents programmeEvents, FundingEvents events,
                          Caller caller) {
        this.plans = plans;
        this.communities = communities;
        this.programmes = programmes;
        this.ledger = ledger;
        this.programmeEvents = programmeEvents;
        this.events = events;
        this.caller = caller;
    }

    /**
     * The budget part of PUT plan, on a plan locked by the caller (or new): the budget may not go
     * below what the ledger has spent, and a split budget needs lines adding up to it.
     * {@code lines} null keeps the current split, which only fits an unchanged budget.
     */
    public void setBudget(AnnualPlan plan, BigDecimal budget, List<CategoryAmount> lines) {
        BigDecimal amount = cents(budget);
        if (plan.id != null) {
            BigDecimal spent = ledger.spent(plan.id);
            if (amount.compareTo(spent) < 0) {
                throw ProblemException.conflict(BUDGET_BELOW_SPENT, "The ledger has spent " + spent
                        + " of this plan's budget; the budget cannot go below that.");
            }
        }
        if (lines != null) {
            replaceLines(plan, checkedLines(lines, amount, "budgetLines"));
        } else if (!plan.budgetLines.isEmpty() && amount.compareTo(plan.budget) != 0) {
            throw ProblemException.refused(BUDGET_LINES_MISMATCH, "The plan's budget is split into lines: send "
                            + "budgetLines adding up to the new budget " + amount + " with it.",
                    List.of(new FieldError("budgetLines", "must be sent when the budget changes")));
        }
        plan.budget = amount;
    }

    public PlanView setBudgetLines(String code, int year, List<CategoryAmount> lines) {
        caller.requireCommunity(code);
        AnnualPlan plan = lockedPlan(code, year);
        replaceLines(plan, checkedLines(lines, plan.budget, "lines"));
        // A new version of the plan even when the lines are the same: every PUT is one PlanSet.
        plan.updatedAt = Timestamps.now();
        programmeEvents.planSet(plan);
        return planView(plan);
    }

    public PlanView planView(AnnualPlan plan) {
        return PlanView.of(plan, ledger.spent(plan.id));
    }

    public List<PlanView> planViews(List<AnnualPlan> page) {
        Map<Long, BigDecimal> spent = ledger.spentByPlan(page.stream().map(p -> p.id).toList());
        return page.stream().map(p -> PlanView.of(p, spent.get(p.id))).toList();
    }

    public ExpenditureView book(String code, int year, ExpenditureCommand command) {
        caller.requireCommunity(code);
        checkWithinYear(command.date(), year);
        AnnualPlan plan = lockedPlan(code, year);
        if (command.programmeId() != null && programmes.findByIdOptional(command.programmeId())
                .filter(p -> p.communityCode.equals(plan.communityCode) && p.year == year).isEmpty()) {
            throw ProblemException.refused(UNKNOWN_PROGRAMME, "Programme " + command.programmeId()
                            + " is not a programme of community " + code + " in " + year + ".",
                    List.of(new FieldError("programmeId", "must be a programme of this community and year")));
        }
        BigDecimal amount = cents(command.amount());
        // Summed under the plan's lock: concurrent bookings of this plan wait here and then see this one.
        BigDecimal spent = ledger.spent(plan.id);
        if (spent.add(amount).compareTo(plan.budget) > 0) {
            throw ProblemException.refused(OVER_BUDGET, "The plan's budget is " + plan.budget + ", of which "
                    + spent + " is spent; " + amount + " more would exceed it.");
        }
        Expenditure entry = newEntry(plan, command.date(), command.category(), amount, command.programmeId());
        entry.payee = command.payee().strip();
        entry.description = command.description();
        ledger.persist(entry);
        events.expenditureBooked(entry, plan);
        return ExpenditureView.of(entry, plan);
    }

    public ExpenditureView reverse(String code, int year, String id, ReversalCommand command) {
        caller.requireCommunity(code);
        if (command.date() != null) {
            checkWithinYear(command.date(), year);
        }
        // The plan's lock also makes two reversals of one entry queue, so that the second sees the first.
        AnnualPlan plan = lockedPlan(code, year);
        Expenditure original = entry(plan, id);
        if (original.isReversal()) {
            throw ProblemException.refused(NOT_REVERSIBLE, "Entry " + id + " is itself a reversal; book an "
                    + "expenditure instead.");
        }
        if (original.reversedBy != null) {
            throw ProblemException.conflict(ALREADY_REVERSED, "Expenditure " + id + " was already reversed by "
                    + original.reversedBy + ".");
        }
        Expenditure reversal = newEntry(plan, command.date() != null ? command.date() : original.date,
                original.category, original.amount.negate(), original.programmeId);
        reversal.payee = original.payee;
        reversal.reversalOf = original.id;
        reversal.reason = command.reason().strip();
        ledger.persist(reversal);
        original.reversedBy = reversal.id;
        events.expenditureReversed(reversal, plan);
        return ExpenditureView.of(reversal, plan);
    }

    public ExpenditurePageView list(String code, int year, PageRequest page) {
        caller.requireCommunity(code);
        AnnualPlan plan = plan(code, year);
        PanacheQuery<Expenditure> query = ledger.ofPlan(plan.id).page(page.page(), page.size());
        List<ExpenditureView> items = query.list().stream().map(e -> ExpenditureView.of(e, plan)).toList();
        return new ExpenditurePageView(page.respond(items, query.count()), totals(plan));
    }

    public ExpenditureView get(String code, int year, String id) {
        caller.requireCommunity(code);
        AnnualPlan plan = plan(code, year);
        return ExpenditureView.of(entry(plan, id), plan);
    }

    private LedgerTotalsView totals(AnnualPlan plan) {
        Map<BudgetCategory, BigDecimal> budgeted = new EnumMap<>(BudgetCategory.class);
        plan.budgetLines.forEach(line -> budgeted.put(line.category, line.amount));
        List<CategoryTotalView> byCategory = ledger.spentByCategory(plan.id).entrySet().stream()
                .map(e -> new CategoryTotalView(e.getKey(), budgeted.getOrDefault(e.getKey(), ExpenditureRepository.NONE), e.getValue()))
                .toList();
        BigDecimal spent = byCategory.stream().map(CategoryTotalView::spent).reduce(ExpenditureRepository.NONE, BigDecimal::add);
        return new LedgerTotalsView(plan.budget, spent, plan.budget.subtract(spent), byCategory);
    }

    /** Each category once (else 400); lines, unless none, adding up to the budget (else 422). */
    private static List<PlanBudgetLine> checkedLines(List<CategoryAmount> lines, BigDecimal budget, String field) {
        Set<BudgetCategory> seen = EnumSet.noneOf(BudgetCategory.class);
        List<FieldError> duplicates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(lines.get(i).category())) {
                duplicates.add(new FieldError(field + "[" + i + "].category", "appears more than once"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw ProblemException.invalid(duplicates);
        }
        BigDecimal sum = lines.stream().map(CategoryAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!lines.isEmpty() && sum.compareTo(budget) != 0) {
            throw ProblemException.refused(BUDGET_LINES_MISMATCH, "The budget lines add up to " + cents(sum)
                            + " but the plan's budget is " + budget + ".",
                    List.of(new FieldError(field, "must add up to the budget " + budget)));
        }
        return lines.stream().sorted(Comparator.comparing(CategoryAmount::category))
                .map(line -> PlanBudgetLine.of(line.category(), cents(line.amount()))).toList();
    }

    private static void replaceLines(AnnualPlan plan, List<PlanBudgetLine> lines) {
        plan.budgetLines.clear();
        plan.budgetLines.addAll(lines);
    }

    private static Expenditure newEntry(AnnualPlan plan, LocalDate date, BudgetCategory category, BigDecimal amount,
                                        String programmeId) {
        Expenditure entry = new Expenditure();
        entry.id = UUID.randomUUID().toString();
        entry.planId = plan.id;
        entry.date = date;
        entry.category = category;
        entry.amount = amount;
        entry.programmeId = programmeId;
        entry.createdAt = Timestamps.now();
        return entry;
    }

    private static void checkWithinYear(LocalDate date, int year) {
        if (date.getYear() != year) {
            throw ProblemException.invalid("date", "must be within the plan's year " + year);
        }
    }

    /** Amounts arrive validated to at most two decimals (Money): this only fixes the scale, it never rounds. */
    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private AnnualPlan lockedPlan(String code, int year) {
        requireCommunityExists(code);
        return plans.lockPlan(code, year).orElseThrow(() -> noPlan(code, year));
    }

    private AnnualPlan plan(String code, int year) {
        requireCommunityExists(code);
        return plans.findPlan(code, year).orElseThrow(() -> noPlan(code, year));
    }

    private void requireCommunityExists(String code) {
        if (communities.findByIdOptional(code).isEmpty()) {
            throw ProblemException.notFound("Community", code);
        }
    }

    private Expenditure entry(AnnualPlan plan, String id) {
        return ledger.findInPlan(plan.id, id).orElseThrow(() -> ProblemException.notFound("Expenditure", id));
    }

    private static ProblemException noPlan(String code, int year) {
        return ProblemException.notFound("Plan of community " + code + " for year", year);
    }
}
