package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.communityedu.reporting.domain.EnrolmentStatus;
import io.communityedu.reporting.domain.Strand;

/** The part of an Enrolment* event the statistics need; the resident appears only as a pseudonym. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrolmentSnapshot(String enrolmentId, String sessionId, String programmeId, String communityCode, int year,
                                Strand strand, String residentRef, String residentCommunityCode, EnrolmentStatus status,
                                int hours, long version) {
}
