package io.communityedu.enrolment.events;

import java.time.Instant;

/**
 * {@code ResidentErased} (API.md's {@code resident.erased}): the resident's personal data is gone. Carries the
 * pseudonym only, as every event does; other services hold nothing else of a resident. Key: residentRef.
 */
public record ResidentErased(String residentRef, String residentCommunityCode, Instant erasedAt) {

    public static final String TYPE = "ResidentErased";
}
