package io.communityedu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One notification in one inbox: a guardian gets a copy of their ward's, as a row of their own. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @Column(length = 36)
    public String id;

    /** Whose inbox. */
    @Column(name = "recipient_id", nullable = false, length = 36)
    public String recipientId;

    /** Whom it concerns. */
    @Column(name = "resident_id", nullable = false, length = 36)
    public String residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public NotificationKind kind;

    @Column(name = "enrolment_id", length = 36)
    public String enrolmentId;

    @Column(name = "session_id", nullable = false, length = 36)
    public String sessionId;

    @Column(nullable = false, length = 100)
    public String title;

    @Column(nullable = false, length = 1000)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
