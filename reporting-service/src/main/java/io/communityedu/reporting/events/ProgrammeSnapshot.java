package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.communityedu.reporting.domain.ProgrammeStatus;
import io.communityedu.reporting.domain.Strand;

/** The part of a ProgrammeCreated or ProgrammeChanged event the statistics need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgrammeSnapshot(String programmeId, String communityCode, int year, Strand strand, boolean featured,
                                ProgrammeStatus status, long version) {
}
