package io.communityedu.support.deadletter;

import java.time.Instant;

/**
 * An event this service's consumer gave up on, as {@code GET /admin/dead-letters} shows it. The id
 * is the letter's own position, {@code <dead-letter topic>/<partition>/<offset>}.
 */
public record DeadLetter(String id, String originalTopic, int originalPartition, long originalOffset,
                         Instant originalTimestamp, String key, String errorClass, String errorMessage, int attempts,
                         Instant deadLetteredAt, long ageSeconds, String value) {
}
