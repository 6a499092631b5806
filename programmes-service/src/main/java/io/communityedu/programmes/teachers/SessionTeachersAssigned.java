package io.communityedu.programmes.teachers;

import java.util.List;

/** {@code SessionTeachersAssigned}: the session's whole list of teachers; key programmeId. */
public record SessionTeachersAssigned(String sessionId, String programmeId, String communityCode, int year,
                                      List<String> teacherIds) {

    public static final String TYPE = "SessionTeachersAssigned";
}
