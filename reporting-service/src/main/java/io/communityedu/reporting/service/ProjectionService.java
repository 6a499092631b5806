package io.communityedu.reporting.service;

import io.communityedu.reporting.domain.EnrolmentStatus;
import io.communityedu.reporting.domain.Money;
import io.communityedu.reporting.domain.ProgrammeStatus;
import io.communityedu.reporting.domain.ReportedEnrolment;
import io.communityedu.reporting.domain.ReportedLedgerEntry;
import io.communityedu.reporting.domain.ReportedPlan;
import io.communityedu.reporting.domain.ReportedProgramme;
import io.communityedu.reporting.domain.ReportedSession;
import io.communityedu.reporting.domain.ReportedStaffActivity;
import io.communityedu.reporting.domain.ReportedTeacher;
import io.communityedu.reporting.domain.Strand;
import io.communityedu.reporting.events.BudgetLine;
import io.communityedu.reporting.events.EnrolmentSnapshot;
import io.communityedu.reporting.events.EnrolmentUpdates;
import io.communityedu.reporting.events.LedgerEntry;
import io.communityedu.reporting.events.PlanSet;
import io.communityedu.reporting.events.ProgrammeSnapshot;
import io.communityedu.reporting.events.ProgrammeUpdates;
import io.communityedu.reporting.events.SessionSnapshot;
import io.communityedu.reporting.events.StaffActivityRecorded;
import io.communityedu.reporting.events.TeacherSnapshot;
import io.communityedu.reporting.persistence.EnrolmentRepository;
import io.communityedu.reporting.persistence.LedgerRepository;
import io.communityedu.reporting.persistence.ParticipantRepository;
import io.communityedu.reporting.persistence.PlanRepository;
import io.communityedu.reporting.persistence.ProgrammeRepository;
import io.communityedu.reporting.persistence.ProjectionStateRepository;
import io.communityedu.reporting.persistence.SessionRepository;
import io.communityedu.reporting.persistence.StaffActivityRepository;
import io.communityedu.reporting.persistence.TeacherRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Folds events into the pre-aggregated rows the statistics read. Events are whole snapshots with
 * a version: one older than what a row already holds is ignored, and each change is counted as the
 * difference between the row's state and the snapshot's. Staff activities and ledger entries never
 * change: each is kept once, by its id. So duplicates (under the same or a new event id),
 * redelivery and any order of arrival end in the same numbers. Runs inside the inbox transaction
 * that records the event id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProjectionService implements ProgrammeUpdates, EnrolmentUpdates {

    private final PlanRepository plans;
    private final ProgrammeRepository programmes;
    private final SessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final ParticipantRepository participants;
    private final TeacherRepository teachers;
    private final StaffActivityRepository activities;
    private final LedgerRepository ledger;
    private final ProjectionStateRepository state;

    public ProjectionService(PlanRepository plans, ProgrammeRepository programmes, SessionRepository sessions,
                             EnrolmentRepository enrolments, ParticipantRepository participants,
                             TeacherRepository teachers, StaffActivityRepository activities, LedgerRepository ledger,
                             ProjectionStateRepository state) {
        this.plans = plans;
        this.programmes = programmes;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.participants = participants;
        this.teachers = teachers;
        this.activities = activities;
        this.ledger = ledger;
        this.state = state;
    }

    @Override
    public void planSet(PlanSet event, Instant occurredAt) {
        ReportedPlan plan = plans.lock(event.communityCode(), event.year()).orElse(null);
        if (plan != null && plan.version >= event.version()) {
            return;
        }
        boolean created = plan == null;
        if (created) {
            plan = new ReportedPlan();
            plan.communityCode = event.communityCode();
            plan.year = event.year();
        }
        plan.residentPopulation = event.residentPopulation();
        plan.participationTargetPercent = event.participationTargetPercent();
        plan.featuredProgrammeTarget = event.featuredProgrammeTarget();
        plan.budget = event.budget();
        plan.regularMeetingsPlanned = event.regularMeetingsPlanned();
        // The newer version's split replaces the older one whole (no lines: no split).
        plan.budgetLines.clear();
        for (BudgetLine line : event.budgetLines()) {
            plan.budgetLines.put(line.category(), line.amount());
        }
        plan.version = event.version();
        if (created) {
            plans.persist(plan);
        }
        state.eventFolded(occurredAt);
    }

    @Override
    public void programmeSet(ProgrammeSnapshot event, Instant occurredAt) {
        ReportedProgramme programme = programmes.lock(event.programmeId()).orElse(null);
        if (programme != null && programme.version >= event.version()) {
            return;
        }
        if (programme == null) {
            programme = newProgramme(event.programmeId(), event.communityCode(), event.year(), event.strand(),
                    event.featured(), event.status());
        } else if (programme.strand != event.strand()) {
            moveParticipantsToStrand(programme, event.strand());
        }
        // Community and year cannot change once a programme has sessions, so no tally moves with them.
        programme.communityCode = event.communityCode();
        programme.year = event.year();
        programme.strand = event.strand();
        programme.featured = event.featured();
        programme.status = event.status();
        programme.version = event.version();
        state.eventFolded(occurredAt);
    }

    @Override
    public void sessionSet(SessionSnapshot event, Instant occurredAt) {
        ReportedProgramme programme = programmes.lock(event.programmeId()).orElseGet(() -> newProgramme(
                event.programmeId(), event.communityCode(), event.year(), event.strand(), event.featured(),
                event.programmeStatus()));
        ReportedSession session = sessions.lock(event.sessionId()).orElse(null);
        if (session != null && session.version >= event.version()) {
            return;
        }
        if (session == null) {
            session = newSession(programme, event.sessionId(), event.hours());
        } else {
            // Learner hours are the hours of the session as it is now, for everyone who completed it.
            programme.learnerHours += (long) (event.hours() - session.hours) * session.completed;
        }
        session.hours = event.hours();
        session.version = event.version();
        state.eventFolded(occurredAt);
    }

    @Override
    public void enrolmentSet(EnrolmentSnapshot event, Instant occurredAt) {
        ReportedEnrolment enrolment = enrolments.lock(event.enrolmentId()).orElse(null);
        if (enrolment != null && enrolment.version >= event.version()) {
            return;
        }
        ReportedProgramme programme = programmes.lock(event.programmeId()).orElseGet(() -> newProgramme(
                event.programmeId(), event.communityCode(), event.year(), event.strand(), false, ProgrammeStatus.ACTIVE));
        ReportedSession session = sessions.lock(event.sessionId())
                .orElseGet(() -> newSession(programme, event.sessionId(), event.hours()));
        EnrolmentStatus from = enrolment == null ? null : enrolment.status;
        BigDecimal savingBefore = enrolment == null ? Money.ZERO : enrolment.savingCounted();
        if (enrolment == null) {
            enrolment = new ReportedEnrolment();
            enrolment.enrolmentId = event.enrolmentId();
            enrolment.sessionId = event.sessionId();
            enrolment.programmeId = event.programmeId();
            enrolment.residentRef = event.residentRef();
            enrolment.residentCommunityCode = event.residentCommunityCode();
        }
        enrolment.status = event.status();
        enrolment.residentSaving = event.residentSaving();
        enrolment.version = event.version();
        if (from == null) {
            enrolments.persist(enrolment);
        }
        // A saving counts while its enrolment holds a place: take back what it counted before, add what it counts now.
        programme.residentSavings = programme.residentSavings.add(enrolment.savingCounted()).subtract(savingBefore);
        if (from != event.status()) {
            recount(programme, session, enrolment, from, event.status());
        }
        state.eventFolded(occurredAt);
    }

    @Override
    public void teacherSet(TeacherSnapshot event, Instant occurredAt) {
        ReportedTeacher teacher = teachers.lock(event.teacherId()).orElse(null);
        if (teacher != null && teacher.version >= event.version()) {
            return;
        }
        boolean created = teacher == null;
        if (created) {
            teacher = new ReportedTeacher();
            teacher.teacherId = event.teacherId();
        }
        // Counts are read from the rows, so a teacher moving community or changing kind just moves its row.
        teacher.communityCode = event.communityCode();
        teacher.kind = event.kind();
        teacher.version = event.version();
        if (created) {
            teachers.persist(teacher);
        }
        state.eventFolded(occurredAt);
    }

    @Override
    public void staffActivityRecorded(StaffActivityRecorded event, Instant occurredAt) {
        if (activities.findByIdOptional(event.activityId()).isPresent()) {
            return; // the same activity again, perhaps under a new event id
        }
        ReportedStaffActivity activity = new ReportedStaffActivity();
        activity.activityId = event.activityId();
        activity.communityCode = event.communityCode();
        activity.year = event.year();
        activity.kind = event.kind();
        activities.persist(activity);
        state.eventFolded(occurredAt);
    }

    @Override
    public void ledgerEntryBooked(LedgerEntry event, Instant occurredAt) {
        if (ledger.findByIdOptional(event.entryId()).isPresent()) {
            return; // the same entry again, perhaps under a new event id
        }
        ReportedLedgerEntry entry = new ReportedLedgerEntry();
        entry.entryId = event.entryId();
        entry.communityCode = event.communityCode();
        entry.year = event.year();
        entry.category = event.category();
        entry.amount = event.amount();
        ledger.persist(entry);
        state.eventFolded(occurredAt);
    }

    private void recount(ReportedProgramme programme, ReportedSession session, ReportedEnrolment enrolment,
                         EnrolmentStatus from, EnrolmentStatus to) {
        programme.recount(from, to);
        if (from == EnrolmentStatus.COMPLETED) {
            session.completed--;
            programme.learnerHours -= session.hours;
        }
        if (to == EnrolmentStatus.COMPLETED) {
            session.completed++;
            programme.learnerHours += session.hours;
        }
        boolean held = from != null && from.holdsPlace();
        if (held == to.holdsPlace()) {
            return;
        }
        if (to.holdsPlace()) {
            participants.placeTaken(enrolment.residentCommunityCode, programme.year, ParticipantRepository.ALL, enrolment.residentRef);
            participants.placeTaken(programme.communityCode, programme.year, programme.strand.name(), enrolment.residentRef);
        } else {
            participants.placeReleased(enrolment.residentCommunityCode, programme.year, ParticipantRepository.ALL, enrolment.residentRef);
            participants.placeReleased(programme.communityCode, programme.year, programme.strand.name(), enrolment.residentRef);
        }
    }

    /** A programme that changes strand takes its participants to the new strand's count. */
    private void moveParticipantsToStrand(ReportedProgramme programme, Strand strand) {
        for (ReportedEnrolment holder : enrolments.placeHoldersOf(programme.programmeId)) {
            participants.placeReleased(programme.communityCode, programme.year, programme.strand.name(), holder.residentRef);
            participants.placeTaken(programme.communityCode, programme.year, strand.name(), holder.residentRef);
        }
    }

    /** A programme known so far only from its sessions' or enrolments' events: overwritten by any event of its own. */
    private ReportedProgramme newProgramme(String programmeId, String communityCode, int year, Strand strand,
                                           boolean featured, ProgrammeStatus status) {
        ReportedProgramme programme = new ReportedProgramme();
        programme.programmeId = programmeId;
        programme.communityCode = communityCode;
        programme.year = year;
        programme.strand = strand;
        programme.featured = featured;
        programme.status = status;
        programme.version = ReportedProgramme.PLACEHOLDER;
        programmes.persist(programme);
        return programme;
    }

    private ReportedSession newSession(ReportedProgramme programme, String sessionId, int hours) {
        ReportedSession session = new ReportedSession();
        session.sessionId = sessionId;
        session.programmeId = programme.programmeId;
        session.hours = hours;
        session.version = ReportedSession.PLACEHOLDER;
        sessions.persist(session);
        programme.sessions++;
        return session;
    }
}
