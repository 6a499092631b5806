package io.communityedu.reporting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** A community's annual plan as the latest PlanSet described it. */
@Entity
@Table(name = "reported_plan")
@IdClass(PlanKey.class)
public class ReportedPlan {

    @Id
    @Column(name = "community_code", length = 40)
    public String communityCode;

    @Id
    @Column(name = "plan_year")
    public int year;

    @Column(name = "resident_population", nullable = false)
    public int residentPopulation;

    @Column(name = "participation_target_percent", nullable = false)
    public int participationTargetPercent;

    @Column(name = "featured_programme_target", nullable = false)
    public int featuredProgrammeTarget;

    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal budget;

    @Column(name = "regular_meetings_planned", nullable = false)
    public int regularMeetingsPlanned;

    /** The budget split by category, as the plan's version has it: replaced whole with a newer one. */
    @ElementCollection
    @CollectionTable(name = "reported_budget_line", joinColumns = {
            @JoinColumn(name = "community_code", referencedColumnName = "community_code"),
            @JoinColumn(name = "plan_year", referencedColumnName = "plan_year")})
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "category", length = 30)
    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    public Map<BudgetCategory, BigDecimal> budgetLines = new EnumMap<>(BudgetCategory.class);

    @Column(nullable = false)
    public long version;
}
