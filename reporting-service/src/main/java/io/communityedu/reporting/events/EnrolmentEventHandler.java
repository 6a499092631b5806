package io.communityedu.reporting.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.reporting.config.ReportingConfig;
import io.communityedu.support.inbox.EventHandler;
import io.communityedu.support.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Folds enrolments from enrolment-events into the projections. */
@ApplicationScoped
public class EnrolmentEventHandler implements EventHandler {

    private final ReportingConfig config;
    private final EnrolmentUpdates projection;
    private final ObjectMapper mapper;

    public EnrolmentEventHandler(ReportingConfig config, EnrolmentUpdates projection, ObjectMapper mapper) {
        this.config = config;
        this.projection = projection;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return config.enrolmentTopic();
    }

    @Override
    public void handle(IncomingEvent event) {
        try {
            switch (event.type()) {
                case "EnrolmentConfirmed", "EnrolmentWaitlisted", "EnrolmentPromoted", "EnrolmentCancelled",
                     "EnrolmentCompleted", "EnrolmentApplied", "EnrolmentDrawn", "EnrolmentOffered", "EnrolmentAccepted",
                     "EnrolmentDeclined", "EnrolmentExpired" ->
                        projection.enrolmentSet(mapper.treeToValue(event.data(), EnrolmentSnapshot.class), event.occurredAt());
                default -> { } // attendance does not change any statistic
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable " + event.type() + " event " + event.eventId(), e);
        }
    }
}
