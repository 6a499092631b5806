package io.communityedu.enrolment.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** Key of an attendance entry: who was present at which session on which date. */
public record AttendanceId(String sessionId, LocalDate date, String residentId) implements Serializable {
}
