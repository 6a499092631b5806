package io.communityedu.programmes.service;

import io.communityedu.programmes.domain.Allocation;
import io.communityedu.programmes.domain.Programme;
import io.communityedu.programmes.domain.ProgrammeSession;
import io.communityedu.programmes.domain.TeacherName;
import io.communityedu.programmes.events.ProgrammeEvents;
import io.communityedu.programmes.persistence.SessionRepository;
import io.communityedu.programmes.persistence.SessionTeacherRepository;
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

    /** The years a programme may have (ProgrammeCommand.year), and so its sessions' dates. */
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

    public SessionView schedule(String programmeId, SessionCommand command) {
        Programme programme = programmes.find(programmeId);
        caller.requireCommunity(programme.communityCode);
        if (programme.isArchived()) {
            throw ProblemException.conflict("Programme " + programmeId + " is archived and takes no new sessions.");
        }
        Instant now = Timestamps.now();
        ProgrammeSession session = new ProgrammeSession();
        session.id = UUID.randomUUID().toString();
        session.programmeId = programmeId;
        session.title = command.title().strip();
        session.startDate = command.startDate();
        session.endDate = command.endDate();
        session.venue = command.venue();
        session.capacity = command.capacity();
        session.hours = command.hours();
        session.enrolmentOpensAt = command.enrolmentOpensAt();
        session.enrolmentClosesAt = command.enrolmentClosesAt();
        session.allocation = command.allocation() == null ? Allocation.FIRST_COME : command.allocation();
        session.offerHours = command.offerHours();
        session.createdAt = now;
        session.updatedAt = now;
        checkDates(session);
        checkLotteryCloses(session);
        sessions.persist(session);
        events.sessionScheduled(session, programme);
        return SessionView.of(session, List.of());
    }

    public PageResponse<SessionView> ofProgramme(String programmeId, PageRequest page) {
        programmes.find(programmeId);
        PanacheQuery<ProgrammeSession> query = sessions.ofProgramme(programmeId).page(page.page(), page.size());
        List<ProgrammeSession> found = query.list();
        Map<String, List<TeacherName>> teachersOf = teachers.teachersOf(found.stream().map(s -> s.id).toList());
        return page.respond(found.stream().map(s -> SessionView.of(s, teachersOf.getOrDefault(s.id, List.of())))
                .toList(), query.count());
    }

    public SessionView get(String id) {
        ProgrammeSession session = find(id);
        return SessionView.of(session, teachers.teachersOf(session.id));
    }

    public SessionView change(String id, SessionChanges changes) {
        ProgrammeSession session = find(id);
        Programme programme = programmes.find(session.programmeId);
        caller.requireCommunity(programme.communityCode);
        Integer offerHours = changes.offerHours().value();
        if (offerHours != null && (offerHours < MIN_OFFER_HOURS || offerHours > MAX_OFFER_HOURS)) {
            throw ProblemException.invalid("offerHours", "must be between " + MIN_OFFER_HOURS + " and " + MAX_OFFER_HOURS);
        }
        if (changes.capacity() != null && changes.capacity() < session.confirmedCount) {
            throw ProblemException.conflict("Session " + id + " has " + session.confirmedCount
                    + " confirmed enrolments; its capacity cannot go below that.");
        }
        // Applicants waiting for a draw and places given in order of arrival cannot be turned into one
        // another: once enrolment-service has taken an enrolment, the way places are given stays.
        if (changes.allocation() != null && changes.allocation() != session.allocation && session.enrolmentsSeen) {
            throw ProblemException.conflict("ALLOCATION_LOCKED", "Session " + id + " already has enrolments; its allocation "
                    + "stays " + session.allocation + ".");
        }
        if (changes.title() != null) {
            session.title = changes.title().strip();
        }
        if (changes.startDate() != null) {
            session.startDate = changes.startDate();
        }
        if (changes.endDate() != null) {
            session.endDate = changes.endDate();
        }
        if (changes.venue() != null) {
            session.venue = changes.venue();
        }
        if (changes.capacity() != null) {
            session.capacity = changes.capacity();
        }
        if (changes.hours() != null) {
            session.hours = changes.hours();
        }
        if (changes.enrolmentOpensAt().present()) {
            session.enrolmentOpensAt = changes.enrolmentOpensAt().value();
        }
        if (changes.enrolmentClosesAt().present()) {
            session.enrolmentClosesAt = changes.enrolmentClosesAt().value();
        }
        if (changes.allocation() != null) {
            session.allocation = changes.allocation();
        }
        if (changes.offerHours().present()) {
            session.offerHours = offerHours;
        }
        // Checked on the session as the changes leave it (a refusal rolls them back).
        checkDates(session);
        checkLotteryCloses(session);
        session.updatedAt = Timestamps.now();
        events.sessionChanged(session, programme);
        return SessionView.of(session, teachers.teachersOf(session.id));
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
