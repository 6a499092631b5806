package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.communityedu.reporting.domain.EnrolmentStatus;
import io.communityedu.reporting.domain.Money;
import io.communityedu.reporting.domain.Strand;

import java.math.BigDecimal;

/** The part of an Enrolment* event the statistics need; the resident appears only as a pseudonym. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrolmentSnapshot(String enrolmentId, String sessionId, String programmeId, String communityCode, int year,
                                Strand strand, String residentRef, String residentCommunityCode, EnrolmentStatus status,
                                int hours, BigDecimal fee, BigDecimal price, long version) {

    /** Events from before prices: no fee reads as 0, no price as the fee (docs/asyncapi.yaml), so no saving. */
    public EnrolmentSnapshot {
        fee = fee == null ? Money.ZERO : fee;
        price = price == null ? fee : price;
    }

    /** What the resident saves on this place: fee less price. */
    public BigDecimal residentSaving() {
        return fee.subtract(price);
    }
}
