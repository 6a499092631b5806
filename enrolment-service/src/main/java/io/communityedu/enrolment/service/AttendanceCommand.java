package io.communityedu.enrolment.service;

import java.time.LocalDate;
import java.util.List;

/** Who came to a session on a date, replacing that date's record if there is one. */
public record AttendanceCommand(String sessionId, LocalDate date, List<String> presentResidentIds) {
}
