package io.communityedu.enrolment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "enrolment")
public interface EnrolmentConfig {

    /** The topic enrolment-service publishes to. */
    @WithDefault("enrolment-events")
    String topic();

    /** The topic programmes-service publishes to; the session copies are built from it. */
    @WithDefault("programme-events")
    String programmeTopic();
}
