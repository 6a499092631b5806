package io.communityedu.reporting.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.support.audit.AuditConfig;
import io.communityedu.support.audit.AuditEntry;
import io.communityedu.support.inbox.EventHandler;
import io.communityedu.support.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the audit entries every service publishes on audit-events. */
@ApplicationScoped
public class AuditEventHandler implements EventHandler {

    private final AuditConfig config;
    private final AuditArchive audit;
    private final ObjectMapper mapper;

    public AuditEventHandler(AuditConfig config, AuditArchive audit, ObjectMapper mapper) {
        this.config = config;
        this.audit = audit;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return config.topic();
    }

    @Override
    public void handle(IncomingEvent event) {
        if (!AuditEntry.EVENT_TYPE.equals(event.type())) {
            return;
        }
        try { // fields a later version adds are ignored (the mapper does not fail on unknown properties)
            audit.record(mapper.treeToValue(event.data(), AuditEntry.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable " + event.type() + " event " + event.eventId(), e);
        }
    }
}
