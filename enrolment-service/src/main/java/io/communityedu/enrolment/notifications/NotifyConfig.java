package io.communityedu.enrolment.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Notifications' delivery: the inbox streams and the optional webhook. */
@ConfigMapping(prefix = "notify")
public interface NotifyConfig {

    Stream stream();

    Webhook webhook();

    interface Stream {

        /** How often an open stream looks for new notifications in the database (any instance may have made them). */
        @WithDefault("500ms")
        Duration pollInterval();

        /** A comment line this often keeps proxies from closing an idle stream. */
        @WithDefault("15s")
        Duration heartbeat();
    }

    interface Webhook {

        /** Where each notification is POSTed (env NOTIFY_WEBHOOK_URL); unset, nothing is queued or sent. */
        Optional<URI> url();

        @WithDefault("5s")
        Duration connectTimeout();

        /** How long one POST may take, answer included. */
        @WithDefault("10s")
        Duration requestTimeout();

        /** The pause after the first failure; it doubles with each further one, up to {@link #maxBackoff()}. */
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /** How often the worker looks for due deliveries. */
        @WithDefault("500ms")
        Duration pollInterval();

        @WithDefault("20")
        int batchSize();
    }
}
