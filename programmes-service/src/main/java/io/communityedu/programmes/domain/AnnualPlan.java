package io.communityedu.programmes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A community's work plan for one year: population, participation and featured targets, regular
 * staff meetings, budget and its split by category.
 */
@Entity
@Table(name = "annual_plan")
public class AnnualPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "community_code", nullable = false, length = 40)
    public String communityCode;

    @Column(name = "plan_year", nullable = false)
    public int year;

    @Column(name = "resident_population", nullable = false)
    public int residentPopulation;

    @Column(name = "participation_target_percent", nullable = false)
    public int participationTargetPercent;

    @Column(name = "featured_programme_target", nullable = false)
    public int featuredProgrammeTarget;

    @Column(name = "regular_meetings_planned", nullable = false)
    public int regularMeetingsPlanned;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal budget;

    /** Empty when the budget is not split; otherwise the lines add up to the budget. A change bumps the version. */
    @ElementCollection
    @CollectionTable(name = "plan_budget_line", joinColumns = @JoinColumn(name = "plan_id"))
    @BatchSize(size = 100)
    public List<PlanBudgetLine> budgetLines = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
