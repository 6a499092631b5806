package io.communityedu.enrolment.service;

import java.time.LocalDate;
import java.util.List;

/** Who came to a session on a date. */
public record AttendanceView(String sessionId, LocalDate date, List<String> presentResidentIds) {
}
