package io.communityedu.reporting.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.reporting.service.AuditService;
import io.communityedu.support.inbox.EventHandler;
import io.communityedu.support.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Keeps the audit entries every service publishes on audit-events. */
@ApplicationScoped
public class AuditEventHandler implements EventHandler {

    private final String topic;
    private final AuditService audit;
    private final ObjectMapper mapper;

    public AuditEventHandler(@ConfigProperty(name = "audit.topic", defaultValue = "audit-events") String topic,
                             AuditService audit, ObjectMapper mapper) {
        this.topic = topic;
        this.audit = audit;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public void handle(IncomingEvent event) {
        if (!"AuditEntryRecorded".equals(event.type())) {
            return;
        }
        try {
            audit.record(mapper.treeToValue(event.data(), AuditEntryRecorded.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable " + event.type() + " event " + event.eventId(), e);
        }
    }
}
