package io.communityedu.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay runs. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** Whether this instance relays outbox rows to Kafka (one instance at a time holds the lease). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for rows when no commit wakes it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows sent per round trip. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay lease lasts without renewal before another instance may take over. */
    @WithDefault("15s")
    Duration leaseDuration();

    /** Upper bound of the pause between attempts while Kafka or the database is down. */
    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * Sent rows are deleted after this long (by the retention job): long enough to look into a
     * recent delivery, short enough that the table stays small.
     */
    @WithDefault("1h")
    Duration retention();
}
