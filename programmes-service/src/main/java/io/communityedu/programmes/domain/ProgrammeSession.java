package io.communityedu.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** One scheduled run of a programme: a class, a holiday activity, a course intake. */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "programme_id", nullable = false, length = 36)
    public String programmeId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(length = 200)
    public String venue;

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

    /** Hours a freed place stays offered to the next in line; null: the next in line gets it at once. */
    @Column(name = "offer_hours")
    public Integer offerHours;

    /**
     * Whether enrolment-service has reported any enrolment of the session: from then on its allocation
     * is fixed, since applicants and confirmed places of one way cannot be carried over into the other.
     */
    @Column(name = "enrolments_seen", nullable = false)
    public boolean enrolmentsSeen;

    /** Places taken (confirmed and completed) as enrolment-service last reported them; a capacity floor. */
    @Column(name = "confirmed_count", nullable = false)
    public int confirmedCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
