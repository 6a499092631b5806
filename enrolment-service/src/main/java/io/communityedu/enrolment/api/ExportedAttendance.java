package io.communityedu.enrolment.api;

import io.communityedu.enrolment.service.ExportedAttendanceView;

import java.time.LocalDate;

/** A day the resident was recorded present (part of {@link PersonalDataExport}). */
public record ExportedAttendance(String residentId, String sessionId, LocalDate date) {

    static ExportedAttendance of(ExportedAttendanceView a) {
        return new ExportedAttendance(a.residentId(), a.sessionId(), a.date());
    }
}
