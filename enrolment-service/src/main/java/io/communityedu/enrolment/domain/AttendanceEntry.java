package io.communityedu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One resident present at one session on one date. */
@Entity
@Table(name = "attendance")
@IdClass(AttendanceId.class)
public class AttendanceEntry {

    @Id
    @Column(name = "session_id", length = 36)
    public String sessionId;

    @Id
    @Column(name = "attendance_date")
    public LocalDate date;

    @Id
    @Column(name = "resident_id", length = 36)
    public String residentId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
