package io.communityedu.programmes.service;

import io.communityedu.programmes.api.SessionPatch;
import io.communityedu.programmes.api.SessionRequest;
import io.communityedu.programmes.api.SessionResponse;
import io.communityedu.programmes.domain.Programme;
import io.communityedu.programmes.domain.ProgrammeSession;
import io.communityedu.programmes.events.ProgrammeEvents;
import io.communityedu.programmes.persistence.SessionRepository;
import io.communityedu.support.api.PageRequest;
import io.communityedu.support.api.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Sessions of programmes: scheduling and changes, capacity above all. */
@ApplicationScoped
@Transactional
public class SessionService {

    private final SessionRepository sessions;
    private final ProgrammeService programmes;
    private final ProgrammeEvents events;

    public SessionService(SessionRepository sessions, ProgrammeService programmes, ProgrammeEvents events) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.events = events;
    }

    public SessionResponse schedule(String programmeId, SessionRequest request) {
        Programme programme = programmes.find(programmeId);
        if (programme.isArchived()) {
            throw ProblemException.conflict("Programme " + programmeId + " is archived and takes no new sessions.");
        }
        Instant now = Timestamps.now();
        ProgrammeSession session = new ProgrammeSession();
        session.id = UUID.randomUUID().toString();
        session.programmeId = programmeId;
        session.title = request.title().strip();
        session.startDate = request.startDate();
        session.endDate = request.endDate();
        session.venue = request.venue();
        session.capacity = request.capacity();
        session.hours = request.hours();
        session.enrolmentOpensAt = request.enrolmentOpensAt();
        session.enrolmentClosesAt = request.enrolmentClosesAt();
        session.createdAt = now;
        session.updatedAt = now;
        checkDates(session);
        sessions.persist(session);
        events.sessionScheduled(session, programme);
        return SessionResponse.from(session);
    }

    public PageResponse<SessionResponse> ofProgramme(String programmeId, PageRequest page) {
        programmes.find(programmeId);
        PanacheQuery<ProgrammeSession> query = sessions.ofProgramme(programmeId).page(page.page(), page.size());
        return page.respond(query.list().stream().map(SessionResponse::from).toList(), query.count());
    }

    public SessionResponse get(String id) {
        return SessionResponse.from(find(id));
    }

    public SessionResponse change(String id, SessionPatch patch) {
        ProgrammeSession session = find(id);
        if (patch.capacity() != null && patch.capacity() < session.confirmedCount) {
            throw ProblemException.conflict("Session " + id + " has " + session.confirmedCount
                    + " confirmed enrolments; its capacity cannot go below that.");
        }
        if (patch.title() != null) {
            session.title = patch.title().strip();
        }
        if (patch.startDate() != null) {
            session.startDate = patch.startDate();
        }
        if (patch.endDate() != null) {
            session.endDate = patch.endDate();
        }
        if (patch.venue() != null) {
            session.venue = patch.venue();
        }
        if (patch.capacity() != null) {
            session.capacity = patch.capacity();
        }
        if (patch.hours() != null) {
            session.hours = patch.hours();
        }
        if (patch.enrolmentOpensAt() != null) {
            session.enrolmentOpensAt = patch.enrolmentOpensAt();
        }
        if (patch.enrolmentClosesAt() != null) {
            session.enrolmentClosesAt = patch.enrolmentClosesAt();
        }
        checkDates(session);
        session.updatedAt = Timestamps.now();
        events.sessionChanged(session, programmes.find(session.programmeId));
        return SessionResponse.from(session);
    }

    private ProgrammeSession find(String id) {
        return sessions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Session", id));
    }

    private static void checkDates(ProgrammeSession session) {
        if (session.endDate.isBefore(session.startDate)) {
            throw ProblemException.invalid("endDate", "must not be before startDate");
        }
        if (session.enrolmentOpensAt != null && session.enrolmentClosesAt != null
                && session.enrolmentClosesAt.isBefore(session.enrolmentOpensAt)) {
            throw ProblemException.invalid("enrolmentClosesAt", "must not be before enrolmentOpensAt");
        }
    }
}
