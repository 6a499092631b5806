package io.communityedu.programmes.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "programmes")
public interface ProgrammesConfig {

    /** The topic programmes-service publishes to. */
    @WithDefault("programme-events")
    String topic();

    /** The topic enrolment-service publishes to; sessions' places taken are read from it. */
    @WithDefault("enrolment-events")
    String enrolmentTopic();
}
