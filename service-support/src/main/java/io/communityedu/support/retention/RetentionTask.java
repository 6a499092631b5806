package io.communityedu.support.retention;

import java.time.Instant;

/**
 * Something kept only for a while (API.md "Retention"). Each bean is run by {@link RetentionJob};
 * it deletes in short transactions of bounded size, so that a large backlog never holds long locks
 * and a run cut short leaves everything consistent.
 */
public interface RetentionTask {

    /** Shown in the job's log line. */
    String name();

    /** Purges what is due at {@code now}; returns how many records went. */
    long purge(Instant now);
}
