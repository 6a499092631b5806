package io.communityedu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A date on which a session's attendance was recorded, even when nobody came. */
@Entity
@Table(name = "attendance_day")
@IdClass(AttendanceDayId.class)
public class AttendanceDay {

    @Id
    @Column(name = "session_id", length = 36)
    public String sessionId;

    @Id
    @Column(name = "attendance_date")
    public LocalDate date;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
