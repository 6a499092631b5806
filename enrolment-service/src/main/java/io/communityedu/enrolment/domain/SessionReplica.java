package io.communityedu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.Set;

/**
 * enrolment-service's own copy of a session and its programme's facts, kept from programme-events.
 * {@code placesTaken} (confirmed, completed and offered enrolments) is authoritative here.
 */
@Entity
@Table(name = "session_replica")
public class SessionReplica {

    @Id
    @Column(name = "session_id", length = 36)
    public String sessionId;

    @Column(name = "programme_id", nullable = false, length = 36)
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
    @Column(name = "programme_status", nullable = false, length = 20)
    public ProgrammeStatus programmeStatus;

    @Convert(converter = TargetGroupsConverter.class)
    @Column(name = "target_groups", nullable = false, length = 300)
    public Set<TargetGroup> targetGroups;

    @Column(name = "min_age")
    public Integer minAge;

    @Column(name = "max_age")
    public Integer maxAge;

    @Column(name = "certificate_name", length = 200)
    public String certificateName;

    /** The programme's fee, CNY. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal fee;

    /** The programme's provider's discount for residents of the programme's community; null without a provider. */
    @Column(name = "resident_discount_percent")
    public Integer residentDiscountPercent;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "programme_title", length = 200)
    public String programmeTitle;

    @Column(length = 200)
    public String venue;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(nullable = false)
    public int capacity;

    @Column(nullable = false)
    public int hours;

    @Column(name = "enrolment_opens_at")
    public Instant enrolmentOpensAt;

    @Column(name = "enrolment_closes_at")
    public Instant enrolmentClosesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Allocation allocation = Allocation.FIRST_COME;

    /** Hours a freed place is held for the next in line; null: the next in line gets it at once. */
    @Column(name = "offer_hours")
    public Integer offerHours;

    @Column(name = "session_version", nullable = false)
    public long sessionVersion;

    @Column(name = "programme_version", nullable = false)
    public long programmeVersion;

    /** Places counted against capacity: confirmed, completed and offered enrolments. */
    @Column(name = "places_taken", nullable = false)
    public int placesTaken;

    @Column(name = "next_sequence", nullable = false)
    public long nextSequence = 1;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isOpenAt(Instant now) {
        return programmeStatus == ProgrammeStatus.ACTIVE
                && (enrolmentOpensAt == null || !now.isBefore(enrolmentOpensAt))
                && (enrolmentClosesAt == null || !now.isAfter(enrolmentClosesAt));
    }

    public boolean admitsAge(LocalDate birthDate) {
        int age = Period.between(birthDate, startDate).getYears();
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    public boolean admitsGroups(Set<TargetGroup> groups) {
        return targetGroups.isEmpty() || targetGroups.contains(TargetGroup.GENERAL)
                || !Collections.disjoint(targetGroups, groups);
    }

    /** A capacity lowered below the places taken demotes no one; the session just takes no one new. */
    public boolean hasFreePlace() {
        return placesTaken < capacity;
    }

    /** Whether the resident is registered in the programme's community (codes are stored as registered). */
    public boolean isLocal(Resident resident) {
        return resident.communityCode.equals(communityCode);
    }

    public boolean isLottery() {
        return allocation == Allocation.LOTTERY;
    }

    public long takeSequence() {
        return nextSequence++;
    }
}
