package io.communityedu.enrolment.api;

import java.time.LocalDate;

/** A day the resident was recorded present (part of {@link PersonalDataExport}). */
public record ExportedAttendance(String residentId, String sessionId, LocalDate date) {
}
