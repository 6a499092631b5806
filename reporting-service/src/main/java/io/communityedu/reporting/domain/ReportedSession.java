package io.communityedu.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A session's hours and completions; a placeholder is known only from an enrolment event so far. */
@Entity
@Table(name = "reported_session")
public class ReportedSession {

    /** Lower than any upstream version. */
    public static final long PLACEHOLDER = -1;

    @Id
    @Column(name = "session_id", length = 36)
    public String sessionId;

    @Column(name = "programme_id", nullable = false, length = 36)
    public String programmeId;

    @Column(nullable = false)
    public int hours;

    @Column(nullable = false)
    public int completed;

    @Column(nullable = false)
    public long version;
}
