package io.communityedu.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "reporting")
public interface ReportingConfig {

    /** Where programmes-service publishes communities' plans, programmes and sessions. */
    @WithDefault("programme-events")
    String programmeTopic();

    /** Where enrolment-service publishes enrolments. */
    @WithDefault("enrolment-events")
    String enrolmentTopic();
}
