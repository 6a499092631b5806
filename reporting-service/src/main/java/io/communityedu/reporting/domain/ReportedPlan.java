package io.communityedu.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.math.BigDecimal;

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

    @Column(nullable = false)
    public long version;
}
