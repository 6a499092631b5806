package io.communityedu.support.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.util.function.IntUnaryOperator;

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

    /**
     * Runs {@code deleteUpTo} (given the chunk size, returning how many rows it deleted) in a
     * transaction of its own until a chunk comes back short: no long-held locks however large the
     * backlog. Returns how many rows went in all.
     */
    static long inChunks(int chunkSize, IntUnaryOperator deleteUpTo) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> deleteUpTo.applyAsInt(chunkSize));
            total += deleted;
        } while (deleted == chunkSize);
        return total;
    }
}
