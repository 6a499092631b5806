package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.communityedu.reporting.domain.StaffActivityKind;

/** The part of a StaffActivityRecorded event the statistics need; year is the year of its date. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffActivityRecorded(String activityId, String communityCode, int year, StaffActivityKind kind) {
}
