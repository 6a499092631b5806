package io.communityedu.enrolment.events;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.domain.Strand;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Data of every enrolment event: the enrolment as it now is, with the session facts statistics
 * need. The resident appears only as a pseudonym and a community code. Key: sessionId.
 */
public record EnrolmentSnapshot(String enrolmentId, String sessionId, String programmeId, String communityCode,
                                int year, Strand strand, String residentRef, String residentCommunityCode,
                                EnrolmentStatus status, EnrolmentStatus previousStatus, int hours,
                                int placesTaken, int capacity, BigDecimal fee, BigDecimal price,
                                Instant offerExpiresAt, Integer drawTier, Integer drawRank, long version) {

    public static final String CONFIRMED = "EnrolmentConfirmed";
    public static final String WAITLISTED = "EnrolmentWaitlisted";
    public static final String PROMOTED = "EnrolmentPromoted";
    public static final String CANCELLED = "EnrolmentCancelled";
    public static final String COMPLETED = "EnrolmentCompleted";
    public static final String APPLIED = "EnrolmentApplied";
    public static final String DRAWN = "EnrolmentDrawn";
    public static final String OFFERED = "EnrolmentOffered";
    public static final String ACCEPTED = "EnrolmentAccepted";
    public static final String DECLINED = "EnrolmentDeclined";
    public static final String EXPIRED = "EnrolmentExpired";

    static EnrolmentSnapshot of(Enrolment e, EnrolmentStatus previous, SessionReplica s, Resident r) {
        return new EnrolmentSnapshot(e.id, s.sessionId, s.programmeId, s.communityCode, s.year, s.strand,
                r.pseudonym, r.communityCode, e.status, previous, s.hours, s.placesTaken, s.capacity, e.fee, e.price,
                e.offerExpiresAt, e.drawTier, e.drawRank, e.version);
    }
}
