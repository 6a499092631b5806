package io.communityedu.enrolment.events;

import java.time.LocalDate;
import java.util.List;

/** {@code AttendanceRecorded}: who came on a date, as pseudonyms; replaces that date's earlier record. Key: sessionId. */
public record AttendanceRecorded(String sessionId, String programmeId, String communityCode, int year,
                                 LocalDate date, List<String> presentResidentRefs, int present) {

    public static final String TYPE = "AttendanceRecorded";
}
