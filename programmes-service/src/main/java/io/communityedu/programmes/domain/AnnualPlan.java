package io.communityedu.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** A community's work plan for one year: population, participation and featured targets, budget. */
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

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal budget;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
