package io.communityedu.enrolment.service;

import java.time.LocalDate;

/** A day the resident was recorded present (part of {@link PersonalDataView}). */
public record ExportedAttendanceView(String residentId, String sessionId, LocalDate date) {
}
