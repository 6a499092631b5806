package io.communityedu.support.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How the service consumes events. */
@ConfigMapping(prefix = "inbox")
public interface InboxConfig {

    /** Whether this instance consumes at all. */
    @WithDefault("true")
    boolean enabled();

    /** Consumer group; instances of one service share it. Default: the application name. */
    Optional<String> groupId();

    @WithDefault("500ms")
    Duration pollTimeout();

    /**
     * Apply everything one poll returns in one transaction (falling back to one transaction per
     * event when that fails). For a consumer that is the only writer of what the events change
     * (reporting-service's projections) or whose writes are small and fold together (programmes-service's
     * places taken per session); elsewhere an event's transaction stays short.
     */
    @WithDefault("false")
    boolean batchTransactions();

    /** How long the ids of consumed events are kept (see ProcessedEventRetention). */
    @WithDefault("7d")
    Duration processedRetention();

    /** Upper bound of the pause between attempts while the database refuses an event. */
    @WithDefault("10s")
    Duration maxBackoff();

    /** What happens to an event that cannot be applied while the database is reachable. */
    DeadLetter deadLetter();

    interface DeadLetter {

        /**
         * Attempts (the first included) before the event goes to {@code <topic><suffix>} and the
         * partition moves on. Failures while the database is unreachable are not counted: those
         * events are retried until it is back, as before.
         */
        @WithDefault("5")
        int attempts();

        /** Pause after the first failed attempt; doubled after each further one. */
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();

        /** Appended to a topic's name to name its dead-letter topic. */
        @WithDefault(".DLT")
        String topicSuffix();
    }
}
