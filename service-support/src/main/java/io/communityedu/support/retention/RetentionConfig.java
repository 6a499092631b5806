package io.communityedu.support.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The retention job ({@code retention.every} schedules it: 1h by default, off in tests). */
@ConfigMapping(prefix = "retention")
public interface RetentionConfig {

    /** The schedule, as quarkus-scheduler reads it ({@code off} disables it). */
    @WithDefault("1h")
    String every();

    /** How long one run may hold the job's lease before another instance may take over. */
    @WithDefault("15m")
    Duration leaseDuration();

    /** Rows deleted per transaction. */
    @WithDefault("1000")
    int chunkSize();
}
