package io.communityedu.reporting.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.reporting.config.ReportingConfig;
import io.communityedu.support.inbox.EventHandler;
import io.communityedu.support.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Folds plans, programmes, sessions, teachers, staff activities and the ledger from programme-events into the projections. */
@ApplicationScoped
public class ProgrammeEventHandler implements EventHandler {

    private final ReportingConfig config;
    private final ProgrammeUpdates projection;
    private final ObjectMapper mapper;

    public ProgrammeEventHandler(ReportingConfig config, ProgrammeUpdates projection, ObjectMapper mapper) {
        this.config = config;
        this.projection = projection;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return config.programmeTopic();
    }

    @Override
    public void handle(IncomingEvent event) {
        try {
            switch (event.type()) {
                case "PlanSet" -> projection.planSet(mapper.treeToValue(event.data(), PlanSet.class), event.occurredAt());
                case "ProgrammeCreated", "ProgrammeChanged" ->
                        projection.programmeSet(mapper.treeToValue(event.data(), ProgrammeSnapshot.class), event.occurredAt());
                case "SessionScheduled", "SessionChanged" ->
                        projection.sessionSet(mapper.treeToValue(event.data(), SessionSnapshot.class), event.occurredAt());
                case "TeacherRegistered", "TeacherChanged" ->
                        projection.teacherSet(mapper.treeToValue(event.data(), TeacherSnapshot.class), event.occurredAt());
                case "StaffActivityRecorded" -> projection.staffActivityRecorded(
                        mapper.treeToValue(event.data(), StaffActivityRecorded.class), event.occurredAt());
                case "ExpenditureBooked", "ExpenditureReversed" ->
                        projection.ledgerEntryBooked(mapper.treeToValue(event.data(), LedgerEntry.class), event.occurredAt());
                default -> { } // communities, providers and sessions' teacher assignments do not change any statistic
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable " + event.type() + " event " + event.eventId(), e);
        }
    }
}
