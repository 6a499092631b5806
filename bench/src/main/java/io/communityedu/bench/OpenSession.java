package io.communityedu.bench;

/** A programme's session that enrolment-service already knows, so enrolments in it are accepted. */
public record OpenSession(String programmeId, String sessionId) {
}
