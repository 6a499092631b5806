package io.communityedu.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A programme and the tallies of its sessions and enrolments. A placeholder is known only from a
 * session's or an enrolment's event so far; its own events (versions from 0) overwrite the facts.
 */
@Entity
@Table(name = "reported_programme")
public class ReportedProgramme {

    /** Lower than any upstream version. */
    public static final long PLACEHOLDER = -1;

    @Id
    @Column(name = "programme_id", length = 36)
    public String programmeId;

    @Column(name = "community_code", nullable = false, length = 40)
    public String communityCode;

    @Column(name = "programme_year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Strand strand;

    @Column(nullable = false)
    public boolean featured;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProgrammeStatus status;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public int sessions;

    @Column(nullable = false)
    public int confirmed;

    @Column(nullable = false)
    public int waitlisted;

    @Column(nullable = false)
    public int cancelled;

    @Column(nullable = false)
    public int completed;

    @Column(nullable = false)
    public int applied;

    @Column(nullable = false)
    public int offered;

    @Column(nullable = false)
    public int declined;

    @Column(nullable = false)
    public int expired;

    @Column(name = "learner_hours", nullable = false)
    public long learnerHours;

    /** What its residents save (fee less price) on the enrolments that hold a place. */
    @Column(name = "resident_savings", nullable = false, precision = 14, scale = 2)
    public BigDecimal residentSavings = Money.ZERO;

    /** Moves one enrolment from one status (null: new) to another in the tallies. */
    public void recount(EnrolmentStatus from, EnrolmentStatus to) {
        if (from != null) {
            add(from, -1);
        }
        add(to, 1);
    }

    private void add(EnrolmentStatus status, int delta) {
        switch (status) {
            case CONFIRMED -> confirmed += delta;
            case WAITLISTED -> waitlisted += delta;
            case CANCELLED -> cancelled += delta;
            case COMPLETED -> completed += delta;
            case APPLIED -> applied += delta;
            case OFFERED -> offered += delta;
            case DECLINED -> declined += delta;
            case EXPIRED -> expired += delta;
        }
    }
}
