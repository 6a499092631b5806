package io.communityedu.reporting.events;

import java.time.Instant;

/**
 * What ProgrammeEventHandler hands over from programme-events to be folded into the projections, with
 * when each event happened upstream. Called inside the inbox transaction that records the event id.
 */
public interface ProgrammeUpdates {

    void planSet(PlanSet event, Instant occurredAt);

    void programmeSet(ProgrammeSnapshot event, Instant occurredAt);

    void sessionSet(SessionSnapshot event, Instant occurredAt);

    void teacherSet(TeacherSnapshot event, Instant occurredAt);

    void staffActivityRecorded(StaffActivityRecorded event, Instant occurredAt);

    void ledgerEntryBooked(LedgerEntry event, Instant occurredAt);
}
