package io.communityedu.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The consumer group of this service: {@code inbox.group-id}, by default the application name. */
@ApplicationScoped
public class ConsumerGroup {

    private final String name;

    public ConsumerGroup(InboxConfig config, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.name = config.groupId().orElse(application);
    }

    public String name() {
        return name;
    }
}
