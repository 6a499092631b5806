package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.communityedu.reporting.domain.TeacherKind;

/** The part of a TeacherRegistered or TeacherChanged event the statistics need (no personal data is in it). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeacherSnapshot(String teacherId, String communityCode, TeacherKind kind, long version) {
}
