package io.communityedu.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** An enrolment's latest known status; the resident appears only by pseudonym. */
@Entity
@Table(name = "reported_enrolment")
public class ReportedEnrolment {

    @Id
    @Column(name = "enrolment_id", length = 36)
    public String enrolmentId;

    @Column(name = "session_id", nullable = false, length = 36)
    public String sessionId;

    @Column(name = "programme_id", nullable = false, length = 36)
    public String programmeId;

    @Column(name = "resident_ref", nullable = false, length = 36)
    public String residentRef;

    @Column(name = "resident_community_code", nullable = false, length = 40)
    public String residentCommunityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EnrolmentStatus status;

    @Column(nullable = false)
    public long version;

    /** Fee less price, fixed when the enrolment was made. */
    @Column(name = "resident_saving", nullable = false, precision = 14, scale = 2)
    public BigDecimal residentSaving = Money.ZERO;

    /** What this enrolment adds to its programme's resident savings: the saving while it holds a place. */
    public BigDecimal savingCounted() {
        return status.holdsPlace() ? residentSaving : Money.ZERO;
    }
}
