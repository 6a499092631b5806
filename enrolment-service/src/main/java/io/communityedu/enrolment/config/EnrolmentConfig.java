package io.communityedu.enrolment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Period;

@ConfigMapping(prefix = "enrolment")
public interface EnrolmentConfig {

    /** The topic enrolment-service publishes to. */
    @WithDefault("enrolment-events")
    String topic();

    /** The topic programmes-service publishes to; the session copies are built from it. */
    @WithDefault("programme-events")
    String programmeTopic();

    /** How long answers to Idempotency-Key requests are kept (API.md "Retention": 24 hours). */
    @WithDefault("24h")
    Duration idempotencyRetention();

    /** A resident with no activity for this long is erased (RESIDENT_RETENTION, an ISO-8601 period). */
    @WithDefault("P3Y")
    Period residentRetention();
}
