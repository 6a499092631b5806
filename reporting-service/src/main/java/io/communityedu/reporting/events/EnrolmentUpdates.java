package io.communityedu.reporting.events;

import java.time.Instant;

/**
 * What EnrolmentEventHandler hands over from enrolment-events to be folded into the projections, with
 * when each event happened upstream. Called inside the inbox transaction that records the event id.
 */
public interface EnrolmentUpdates {

    void enrolmentSet(EnrolmentSnapshot event, Instant occurredAt);
}
