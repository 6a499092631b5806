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

    /** Upper bound of the pause between attempts while the database refuses an event. */
    @WithDefault("10s")
    Duration maxBackoff();
}
