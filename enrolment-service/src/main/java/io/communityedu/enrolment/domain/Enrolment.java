package io.communityedu.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** A resident's place in a session. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "session_id", nullable = false, length = 36)
    public String sessionId;

    @Column(name = "resident_id", nullable = false, length = 36)
    public String residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EnrolmentStatus status;

    /** Order of arrival in the session: the waitlist is served by it. */
    @Column(nullable = false)
    public long sequence;

    /** The resident while the place is held, else null; a unique key makes a second held place impossible. */
    @Column(name = "holder_id", length = 36)
    public String holderId;

    @Column(name = "certificate_number", length = 40)
    public String certificateNumber;

    /** The programme's fee when the enrolment was made. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal fee;

    /** What the resident pays, fixed when the enrolment was made. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal price;

    /** Until when an OFFERED place is held; kept when the offer expires. */
    @Column(name = "offer_expires_at")
    public Instant offerExpiresAt;

    /** When the resident was told the offer is about to lapse (once). */
    @Column(name = "offer_reminded_at")
    public Instant offerRemindedAt;

    /** Lottery tier (1..3) and place in the draw order, set by the draw. */
    @Column(name = "draw_tier")
    public Integer drawTier;

    @Column(name = "draw_rank")
    public Integer drawRank;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** How long before an offer lapses the resident is reminded, once. */
    public static final Duration OFFER_REMINDER = Duration.ofHours(2);

    /**
     * Offers this waitlisted enrolment the place for a while. An offer no longer than {@link #OFFER_REMINDER} counts as
     * reminded already: its own notification names the deadline, and a reminder moments later would be noise.
     */
    public void offer(Instant at, Duration lasting) {
        moveTo(EnrolmentStatus.OFFERED, at);
        offerExpiresAt = at.plus(lasting);
        offerRemindedAt = lasting.compareTo(OFFER_REMINDER) > 0 ? null : at;
    }

    public void moveTo(EnrolmentStatus next, Instant at) {
        status = next;
        holderId = next.holdsPlace() ? residentId : null;
        if (next != EnrolmentStatus.OFFERED && next != EnrolmentStatus.EXPIRED) {
            offerExpiresAt = null; // the deadline is kept while offered and, for the record, once lapsed
        }
        updatedAt = at;
    }
}
