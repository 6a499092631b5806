package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.AttendanceDay;
import io.communityedu.enrolment.domain.AttendanceDayId;
import io.communityedu.enrolment.domain.AttendanceEntry;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.events.EnrolmentEvents;
import io.communityedu.enrolment.persistence.AttendanceDayRepository;
import io.communityedu.enrolment.persistence.AttendanceRepository;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.enrolment.persistence.SessionReplicaRepository;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Who came to a session on which date. */
@ApplicationScoped
@Transactional
public class AttendanceService {

    private final AttendanceRepository attendance;
    private final SessionReplicaRepository sessions;
    private final EnrolmentRepository enrolments;
    private final ResidentRepository residents;
    private final EnrolmentEvents events;
    private final Caller caller;
    private final AttendanceDayRepository days;

    public AttendanceService(AttendanceRepository attendance, SessionReplicaRepository sessions,
                             EnrolmentRepository enrolments, ResidentRepository residents, EnrolmentEvents events,
                             Caller caller, AttendanceDayRepository days) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.residents = residents;
        this.events = events;
        this.caller = caller;
        this.days = days;
    }

    /** Records (or replaces) a date's attendance; only residents confirmed in the session may be present. */
    public Upserted<AttendanceView> record(AttendanceCommand command) {
        SessionReplica session = sessions.lock(command.sessionId())
                .orElseThrow(() -> ProblemException.notFound("Session", command.sessionId()));
        caller.requireCommunity(session.communityCode);
        if (command.date().isBefore(session.startDate) || command.date().isAfter(session.endDate)) {
            throw ProblemException.refused("DATE_OUTSIDE_SESSION", "The session runs from " + session.startDate
                    + " to " + session.endDate + ".");
        }
        Set<String> present = new LinkedHashSet<>(command.presentResidentIds());
        Set<String> confirmed = present.isEmpty() ? Set.of() : enrolments.confirmedAmong(session.sessionId, present);
        List<String> others = present.stream().filter(id -> !confirmed.contains(id)).toList();
        if (!others.isEmpty()) {
            throw ProblemException.refused("NOT_CONFIRMED_IN_SESSION",
                    "Not confirmed in this session: " + String.join(", ", others) + ".");
        }
        Instant now = Timestamps.now();
        AttendanceDay day = days.findByIdOptional(new AttendanceDayId(session.sessionId, command.date())).orElse(null);
        boolean created = day == null;
        if (created) {
            day = new AttendanceDay();
            day.sessionId = session.sessionId;
            day.date = command.date();
        }
        day.recordedAt = now;
        if (created) {
            days.persist(day);
        }
        attendance.deleteDay(session.sessionId, command.date());
        attendance.flush();
        for (String residentId : present) {
            AttendanceEntry entry = new AttendanceEntry();
            entry.sessionId = session.sessionId;
            entry.date = command.date();
            entry.residentId = residentId;
            entry.recordedAt = now;
            attendance.persist(entry);
        }
        List<String> pseudonyms = present.isEmpty() ? List.of()
                : residents.byIds(present).stream().map((Resident r) -> r.pseudonym).sorted().toList();
        events.attendanceRecorded(session, command.date(), pseudonyms);
        return new Upserted<>(new AttendanceView(session.sessionId, command.date(), List.copyOf(present)), created);
    }

    public PageResponse<AttendanceView> ofSession(String sessionId, PageRequest page) {
        SessionReplica session = sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> ProblemException.notFound("Session", sessionId));
        caller.requireCommunity(session.communityCode);
        List<LocalDate> dates = days.dates(sessionId);
        int from = Math.min(dates.size(), page.page() * page.size());
        List<LocalDate> pageDates = dates.subList(from, Math.min(dates.size(), from + page.size()));
        Map<LocalDate, List<String>> byDate = new TreeMap<>();
        pageDates.forEach(d -> byDate.put(d, new ArrayList<>()));
        if (!pageDates.isEmpty()) {
            attendance.ofDates(sessionId, pageDates).forEach(a -> byDate.get(a.date).add(a.residentId));
        }
        return page.respond(byDate.entrySet().stream()
                .map(e -> new AttendanceView(sessionId, e.getKey(), e.getValue()))
                .collect(Collectors.toList()), dates.size());
    }
}
