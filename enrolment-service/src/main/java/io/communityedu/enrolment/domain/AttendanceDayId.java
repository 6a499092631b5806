package io.communityedu.enrolment.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** Key of an attendance day: a session on a date. */
public record AttendanceDayId(String sessionId, LocalDate date) implements Serializable {
}
