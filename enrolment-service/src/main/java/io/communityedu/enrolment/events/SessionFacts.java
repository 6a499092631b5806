package io.communityedu.enrolment.events;

import io.communityedu.enrolment.domain.ProgrammeStatus;
import io.communityedu.enrolment.domain.SessionReplica;

import java.time.LocalDate;

/** What of a session its residents are told about when it changes: dates, venue, programme status. */
public record SessionFacts(LocalDate startDate, LocalDate endDate, String venue, ProgrammeStatus status) {

    public static SessionFacts of(SessionReplica session) {
        return new SessionFacts(session.startDate, session.endDate, session.venue, session.programmeStatus);
    }
}
