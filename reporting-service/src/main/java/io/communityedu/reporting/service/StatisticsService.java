package io.communityedu.reporting.service;

import io.communityedu.reporting.domain.FundingYear;
import io.communityedu.reporting.domain.Money;
import io.communityedu.reporting.domain.ReportedPlan;
import io.communityedu.reporting.domain.StaffYear;
import io.communityedu.reporting.domain.Strand;
import io.communityedu.reporting.persistence.CommunityYearRow;
import io.communityedu.reporting.persistence.LedgerRepository;
import io.communityedu.reporting.persistence.ParticipantRepository;
import io.communityedu.reporting.persistence.PlanRepository;
import io.communityedu.reporting.persistence.ProgrammeRepository;
import io.communityedu.reporting.persistence.ProjectionStateRepository;
import io.communityedu.reporting.persistence.StaffActivityRepository;
import io.communityedu.reporting.persistence.StrandTally;
import io.communityedu.reporting.persistence.TeacherRepository;
import io.communityedu.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Reads the statistics from the pre-aggregated rows: a few indexed rows per answer (and, by index, the
 * community's teachers, staff activities and ledger entries of the year), never a scan of enrolments.
 * Without a transaction of its own: at read-committed isolation one would see nothing more consistent,
 * and would cost three more round trips to the database per answer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    private final PlanRepository plans;
    private final ProgrammeRepository programmes;
    private final ParticipantRepository participants;
    private final TeacherRepository teachers;
    private final StaffActivityRepository activities;
    private final LedgerRepository ledger;
    private final ProjectionStateRepository state;

    public StatisticsService(PlanRepository plans, ProgrammeRepository programmes, ParticipantRepository participants,
                             TeacherRepository teachers, StaffActivityRepository activities, LedgerRepository ledger,
                             ProjectionStateRepository state) {
        this.plans = plans;
        this.programmes = programmes;
        this.participants = participants;
        this.teachers = teachers;
        this.activities = activities;
        this.ledger = ledger;
        this.state = state;
    }

    public CommunityStatisticsView community(String communityCode, int year) {
        ReportedPlan plan = plans.find(communityCode, year)
                .orElseThrow(() -> ProblemException.notFound("Plan of community " + communityCode + " for year", year));
        BigDecimal previousYearBudget = plans.find(communityCode, year - 1).map(previous -> previous.budget).orElse(null);
        Map<Strand, StrandTally> tallies = programmes.strandTallies(communityCode, year).stream()
                .collect(Collectors.toMap(StrandTally::strand, Function.identity()));
        Map<String, Long> counts = participants.counts(communityCode, year);
        long participantCount = counts.getOrDefault(ParticipantRepository.ALL, 0L);

        List<StrandStatisticsView> byStrand = Arrays.stream(Strand.values()).map(strand -> {
            StrandTally tally = tallies.getOrDefault(strand, new StrandTally(strand, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Money.ZERO));
            return new StrandStatisticsView(strand, tally.programmes(), tally.sessions(),
                    counts.getOrDefault(strand.name(), 0L), tally.confirmed() + tally.completed(), tally.completed(),
                    tally.learnerHours());
        }).toList();
        EnrolmentCountsView enrolments = new EnrolmentCountsView(sum(tallies, StrandTally::confirmed),
                sum(tallies, StrandTally::waitlisted), sum(tallies, StrandTally::cancelled), sum(tallies, StrandTally::completed),
                sum(tallies, StrandTally::applied), sum(tallies, StrandTally::offered), sum(tallies, StrandTally::declined),
                sum(tallies, StrandTally::expired));

        StaffYear staff = new StaffYear(teachers.countsByKind(communityCode),
                activities.countsByKind(communityCode, year), plan.regularMeetingsPlanned);
        FundingYear funding = new FundingYear(plan.budget, previousYearBudget, participantCount, plan.budgetLines,
                ledger.spentByCategory(communityCode, year));
        BigDecimal residentSavings = tallies.values().stream().map(StrandTally::residentSavings)
                .reduce(Money.ZERO, BigDecimal::add);

        return new CommunityStatisticsView(communityCode, year, plan.residentPopulation, participantCount,
                rate(participantCount, plan.residentPopulation), plan.participationTargetPercent,
                targetMet(participantCount, plan.residentPopulation, plan.participationTargetPercent),
                sum(tallies, StrandTally::activeFeatured), plan.featuredProgrammeTarget, enrolments, byStrand,
                plan.budget, previousYearBudget, increased(plan.budget, previousYearBudget), staff, funding,
                residentSavings, state.asOf());
    }

    public YearStatisticsView year(int year) {
        List<CommunitySummaryView> communities =
                plans.summariesOf(year).stream().map(StatisticsService::summary).toList();
        return new YearStatisticsView(year, communities);
    }

    private static CommunitySummaryView summary(CommunityYearRow row) {
        return new CommunitySummaryView(row.communityCode(), row.residentPopulation(), row.participants(),
                rate(row.participants(), row.residentPopulation()),
                targetMet(row.participants(), row.residentPopulation(), row.participationTargetPercent()),
                row.featuredProgrammes(), row.budget(), increased(row.budget(), row.previousYearBudget()), row.spent(),
                row.regularMeetingsHeld());
    }

    static BigDecimal rate(long participants, int population) {
        return BigDecimal.valueOf(participants).divide(BigDecimal.valueOf(population), 4, RoundingMode.HALF_UP);
    }

    /** Compared exactly: 11,999 of 24,000 is not 50 %, although its rate rounds to 0.5000. */
    static boolean targetMet(long participants, int population, int targetPercent) {
        return participants * 100 >= (long) targetPercent * population;
    }

    private static Boolean increased(BigDecimal budget, BigDecimal previousYearBudget) {
        return previousYearBudget == null ? null : budget.compareTo(previousYearBudget) > 0;
    }

    private static long sum(Map<Strand, StrandTally> tallies, ToLongFunction<StrandTally> field) {
        return tallies.values().stream().mapToLong(field).sum();
    }
}
