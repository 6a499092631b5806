package io.communityedu.programmes.service;

import io.communityedu.programmes.api.SessionPatch;
import io.communityedu.programmes.api.SessionRequest;
import io.communityedu.programmes.api.SessionResponse;
import io.communityedu.programmes.domain.Allocation;
import io.communityedu.programmes.domain.Programme;
import io.communityedu.programmes.domain.ProgrammeSession;
import io.communityedu.programmes.events.ProgrammeEvents;
import io.communityedu.programmes.persistence.SessionRepository;
import io.communityedu.programmes.teachers.SessionTeacherRepository;
import io.communityedu.programmes.teachers.TeacherRef;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.FieldError;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sessions of programmes: scheduling and changes, capacity and how places are given above all. */
@ApplicationScoped
@Transactional
public class SessionService {

    /** The years a programme may have (ProgrammeRequest.year), and so its sessions' dates. */
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;
    private static final Instant EARLIEST = LocalDate.of(EARLIEST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LATEST = LocalDate.of(LATEST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    /** The range SessionRequest.offerHours allows (bean validation), checked here for a patch's clearable value. */
    private static final int MIN_OFFER_HOURS = 1;
    private static final int MAX_OFFER_HOURS = 168;

    private final SessionRepository sessions;
    private final SessionTeacherRepository teachers;
    private final ProgrammeService programmes;
    private final ProgrammeEvents events;
    private final Caller caller;

    public SessionService(SessionRepository sessions, SessionTeacherRepository teachers, ProgrammeService programmes,
                          ProgrammeEvents events, Caller caller) {
        this.sessions = sessions;
        this.teachers = teachers;
        this.programmes = programmes;
        this.events = events;
        this.caller = caller;
    }

    public SessionResponse schedule(String programmeId, SessionRequest request) {
        Programme programme = programmes.find(programmeId);
        caller.requireCommunity(programme.communityCode);
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
        session.allocation = request.allocation() == null ? Allocation.FIRST_COME : request.allocation();
        session.offerHours = request.offerHours();
        session.createdAt = now;
        session.updatedAt = now;
        checkDates(session);
        checkLotteryCloses(session);
        sessions.persist(session);
        events.sessionScheduled(session, programme);
        return SessionResponse.from(session, List.of());
    }

    public PageResponse<SessionResponse> ofProgramme(String programmeId, PageRequest page) {
        programmes.find(programmeId);
        PanacheQuery<ProgrammeSession> query = sessions.ofProgramme(programmeId).page(page.page(), page.size());
        List<ProgrammeSession> found = query.list();
        Map<String, List<TeacherRef>> teachersOf = teachers.teachersOf(found.stream().map(s -> s.id).toList());
        return page.respond(found.stream().map(s -> SessionResponse.from(s, teachersOf.getOrDefault(s.id, List.of())))
                .toList(), query.count());
    }

    public SessionResponse get(String id) {
        ProgrammeSession session = find(id);
        return SessionResponse.from(session, teachers.teachersOf(session.id));
    }

    public SessionResponse change(String id, SessionPatch patch) {
        ProgrammeSession session = find(id);
        Programme programme = programmes.find(session.programmeId);
        caller.requireCommunity(programme.communityCode);
        if (patch.offerHours() != null && patch.offerHours().value() != null
                && (patch.offerHours().value() < MIN_OFFER_HOURS || patch.offerHours().value() > MAX_OFFER_HOURS)) {
            throw ProblemException.invalid("offerHours", "must be between " + MIN_OFFER_HOURS + " and " + MAX_OFFER_HOURS);
        }
        if (patch.capacity() != null && patch.capacity() < session.confirmedCount) {
            throw ProblemException.conflict("Session " + id + " has " + session.confirmedCount
                    + " confirmed enrolments; its capacity cannot go below that.");
        }
        // Applicants waiting for a draw and places given in order of arrival cannot be turned into one
        // another: once enrolment-service has taken an enrolment, the way places are given stays.
        if (patch.allocation() != null && patch.allocation() != session.allocation && session.enrolmentsSeen) {
            throw ProblemException.conflict("ALLOCATION_LOCKED", "Session " + id + " already has enrolments; its allocation "
                    + "stays " + session.allocation + ".");
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
            session.enrolmentOpensAt = patch.enrolmentOpensAt().value();
        }
        if (patch.enrolmentClosesAt() != null) {
            session.enrolmentClosesAt = patch.enrolmentClosesAt().value();
        }
        if (patch.allocation() != null) {
            session.allocation = patch.allocation();
        }
        if (patch.offerHours() != null) {
            session.offerHours = patch.offerHours().value();
        }
        // Checked on the session as the patch leaves it (a refusal rolls the changes back).
        checkDates(session);
        checkLotteryCloses(session);
        session.updatedAt = Timestamps.now();
        events.sessionChanged(session, programme);
        return SessionResponse.from(session, teachers.teachersOf(session.id));
    }

    private static void checkWithinYears(String field, LocalDate date, List<FieldError> errors) {
        if (date != null && (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR)) {
            errors.add(new FieldError(field, "must be in the years " + EARLIEST_YEAR + " to " + LATEST_YEAR));
        }
    }

    private static void checkWithinYears(String field, Instant instant, List<FieldError> errors) {
        if (instant != null && (instant.isBefore(EARLIEST) || !instant.isBefore(AFTER_LATEST))) {
            errors.add(new FieldError(field, "must be in the years " + EARLIEST_YEAR + " to " + LATEST_YEAR));
        }
    }

    private ProgrammeSession find(String id) {
        return sessions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Session", id));
    }

    /** The draw runs once enrolment has closed: a lottery that never closes would never be drawn. */
    private static void checkLotteryCloses(ProgrammeSession session) {
        if (session.allocation == Allocation.LOTTERY && session.enrolmentClosesAt == null) {
            throw ProblemException.invalid("enrolmentClosesAt", "a LOTTERY session needs enrolmentClosesAt");
        }
    }

    private static void checkDates(ProgrammeSession session) {
        // Within the years a programme may have, and so well inside what the database can store
        // (a date it cannot store would otherwise fail the insert: a 500 for bad input).
        List<FieldError> outOfRange = new ArrayList<>();
        checkWithinYears("startDate", session.startDate, outOfRange);
        checkWithinYears("endDate", session.endDate, outOfRange);
        checkWithinYears("enrolmentOpensAt", session.enrolmentOpensAt, outOfRange);
        checkWithinYears("enrolmentClosesAt", session.enrolmentClosesAt, outOfRange);
        if (!outOfRange.isEmpty()) {
            throw ProblemException.invalid(outOfRange);
        }
        if (session.endDate.isBefore(session.startDate)) {
            throw ProblemException.invalid("endDate", "must not be before startDate");
        }
        if (session.enrolmentOpensAt != null && session.enrolmentClosesAt != null
                && session.enrolmentClosesAt.isBefore(session.enrolmentOpensAt)) {
            throw ProblemException.invalid("enrolmentClosesAt", "must not be before enrolmentOpensAt");
        }
    }
}
