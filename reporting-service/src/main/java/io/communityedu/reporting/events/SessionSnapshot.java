package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.communityedu.reporting.domain.ProgrammeStatus;
import io.communityedu.reporting.domain.Strand;

/** The part of a SessionScheduled or SessionChanged event the statistics need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionSnapshot(String sessionId, String programmeId, String communityCode, int year, Strand strand,
                              boolean featured, ProgrammeStatus programmeStatus, int hours, long version) {
}
