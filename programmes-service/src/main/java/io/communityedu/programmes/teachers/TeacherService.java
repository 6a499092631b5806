package io.communityedu.programmes.teachers;

import io.communityedu.programmes.domain.Community;
import io.communityedu.programmes.domain.Programme;
import io.communityedu.programmes.domain.ProgrammeSession;
import io.communityedu.programmes.domain.Provider;
import io.communityedu.programmes.domain.SessionTeacher;
import io.communityedu.programmes.persistence.CommunityRepository;
import io.communityedu.programmes.persistence.PlanRepository;
import io.communityedu.programmes.persistence.ProgrammeRepository;
import io.communityedu.programmes.persistence.ProviderRepository;
import io.communityedu.programmes.persistence.SessionTeacherRepository;
import io.communityedu.programmes.service.SessionView;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.persistence.RowLocks;
import io.communityedu.support.problem.FieldError;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Teachers of communities' teacher teams, their assignment to sessions, and the teams' staff activities. */
@ApplicationScoped
@Transactional
public class TeacherService {

    static final String UNKNOWN_TEACHER = "UNKNOWN_TEACHER";
    static final String TEACHER_OF_ANOTHER_COMMUNITY = "TEACHER_OF_ANOTHER_COMMUNITY";
    static final String NO_PLAN_FOR_YEAR = "NO_PLAN_FOR_YEAR";
    private static final int MAX_TEXT_LENGTH = 100;

    private final TeacherRepository teachers;
    private final SessionTeacherRepository assignments;
    private final StaffActivityRepository activities;
    private final CommunityRepository communities;
    private final ProviderRepository providers;
    private final PlanRepository plans;
    private final ProgrammeRepository programmes;
    private final TeacherEvents events;
    private final Caller caller;
    private final EntityManager em;

    public TeacherService(TeacherRepository teachers, SessionTeacherRepository assignments,
                          StaffActivityRepository activities, CommunityRepository communities,
                          ProviderRepository providers, PlanRepository plans, ProgrammeRepository programmes,
                          TeacherEvents events, Caller caller, EntityManager em) {
        this.teachers = teachers;
        this.assignments = assignments;
        this.activities = activities;
        this.communities = communities;
        this.providers = providers;
        this.plans = plans;
        this.programmes = programmes;
        this.events = events;
        this.caller = caller;
        this.em = em;
    }

    public TeacherView register(TeacherCommand command) {
        caller.requireCommunity(command.communityCode());
        Teacher teacher = new Teacher();
        teacher.id = UUID.randomUUID().toString();
        teacher.createdAt = Timestamps.now();
        apply(command, teacher);
        teachers.persist(teacher);
        events.teacherRegistered(teacher);
        return view(teacher);
    }

    /** Staff may move a teacher only between communities they are staff of. */
    public TeacherView replace(String id, TeacherCommand command) {
        Teacher teacher = teacher(id);
        caller.requireCommunity(teacher.communityCode);
        caller.requireCommunity(command.communityCode());
        apply(command, teacher);
        events.teacherChanged(teacher);
        return view(teacher);
    }

    public PageResponse<TeacherView> search(String communityCode, TeacherKind kind, String nameContains,
                                            PageRequest page) {
        PanacheQuery<Teacher> query = teachers.search(communityCode, kind, nameContains).page(page.page(), page.size());
        return page.respond(query.list().stream().map(this::view).toList(), query.count());
    }

    public TeacherView get(String id) {
        return view(teacher(id));
    }

    /** Replaces the session's teachers with these, in this order; on any refusal nothing changes. */
    public SessionView assign(String sessionId, List<String> teacherIds) {
        // Locked, so that concurrent assignments to one session apply, and publish, one after the other.
        ProgrammeSession session = RowLocks.lockById(em, ProgrammeSession.class, sessionId,
                        "SELECT * FROM programme_session WHERE id = ? FOR UPDATE", sessionId)
                .orElseThrow(() -> ProblemException.notFound("Session", sessionId));
        Programme programme = programmes.findById(session.programmeId);
        caller.requireCommunity(programme.communityCode);
        checkIds("teacherIds", teacherIds);
        List<Teacher> assigned = teamMembers(programme.communityCode, "teacherIds", teacherIds);
        assignments.removeAll(session.id);
        for (int i = 0; i < assigned.size(); i++) {
            SessionTeacher row = new SessionTeacher();
            row.sessionId = session.id;
            row.teacherId = assigned.get(i).id;
            row.listIndex = i;
            assignments.persist(row);
        }
        events.sessionTeachersAssigned(session, programme, teacherIds);
        return SessionView.of(session, assigned.stream().map(Teacher::named).toList());
    }

    public StaffActivityView record(String communityCode, StaffActivityCommand command) {
        caller.requireCommunity(communityCode);
        String code = communities.registeredCode(communityCode)
                .orElseThrow(() -> ProblemException.notFound("Community", communityCode));
        List<String> ids = command.attendeeTeacherIds() == null ? List.of() : command.attendeeTeacherIds();
        checkIds("attendeeTeacherIds", ids);
        int year = command.date().getYear();
        if (plans.findPlan(code, year).isEmpty()) {
            throw ProblemException.refused(NO_PLAN_FOR_YEAR, "Community " + code + " has no plan for " + year + ".",
                    List.of(new FieldError("date", "is in a year without a plan")));
        }
        List<Teacher> attendees = teamMembers(code, "attendeeTeacherIds", ids);
        StaffActivity activity = new StaffActivity();
        activity.id = UUID.randomUUID().toString();
        activity.communityCode = code;
        activity.date = command.date();
        activity.kind = command.kind();
        activity.title = command.title().strip();
        activity.minutes = command.minutes();
        activity.attendeeTeacherIds = new ArrayList<>(ids);
        activity.createdAt = Timestamps.now();
        activities.persist(activity);
        events.staffActivityRecorded(activity);
        return StaffActivityView.of(activity, attendees.stream().map(Teacher::named).toList());
    }

    public PageResponse<StaffActivityView> activities(String communityCode, Integer year, PageRequest page) {
        caller.requireCommunity(communityCode);
        community(communityCode);
        PanacheQuery<StaffActivity> query = activities.ofCommunity(communityCode, year).page(page.page(), page.size());
        List<StaffActivity> found = query.list();
        Map<String, Teacher> attendees = teachers.byIds(found.stream()
                .flatMap(a -> a.attendeeTeacherIds.stream()).collect(Collectors.toSet()));
        return page.respond(found.stream().map(a -> activityView(a, attendees)).toList(), query.count());
    }

    public StaffActivityView activity(String communityCode, String id) {
        caller.requireCommunity(communityCode);
        community(communityCode);
        StaffActivity activity = activities.ofCommunity(communityCode, id)
                .orElseThrow(() -> ProblemException.notFound("Staff activity", id));
        return activityView(activity, teachers.byIds(activity.attendeeTeacherIds));
    }

    private void apply(TeacherCommand command, Teacher teacher) {
        List<FieldError> invalid = new ArrayList<>();
        List<String> subjects = texts("subjects", command.subjects(), invalid);
        List<String> qualifications = texts("qualifications", command.qualifications(), invalid);
        if (command.kind() == TeacherKind.PROVIDER_STAFF && (command.providerId() == null || command.providerId().isBlank())) {
            invalid.add(new FieldError("providerId", "is required for PROVIDER_STAFF"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        String communityCode = communities.registeredCode(command.communityCode()).orElseThrow(() ->
                ProblemException.refused("UNKNOWN_COMMUNITY", "Community " + command.communityCode() + " is not registered."));
        Provider provider = command.providerId() == null ? null : providers.findByIdOptional(command.providerId())
                .orElseThrow(() -> ProblemException.refused("UNKNOWN_PROVIDER",
                        "Provider " + command.providerId() + " is not registered."));
        teacher.name = command.name().strip();
        teacher.communityCode = communityCode;
        teacher.kind = command.kind();
        teacher.providerId = provider == null ? null : provider.id;
        teacher.subjects = subjects;
        teacher.qualifications = qualifications;
        teacher.phone = command.phone();
        teacher.updatedAt = Timestamps.now();
    }

    /** Optional lists of short texts: each non-blank and at most 100 characters, kept stripped. */
    private static List<String> texts(String field, List<String> values, List<FieldError> invalid) {
        if (values == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                invalid.add(new FieldError(field + "[" + i + "]", "must not be blank"));
            } else if (value.strip().length() > MAX_TEXT_LENGTH) {
                invalid.add(new FieldError(field + "[" + i + "]", "size must be between 1 and " + MAX_TEXT_LENGTH));
            } else {
                texts.add(value.strip());
            }
        }
        return texts;
    }

    /** A list of teacher ids names each at most once: a null or a repeat is a 400 naming the item. */
    private static void checkIds(String field, List<String> ids) {
        List<FieldError> invalid = new ArrayList<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Integer first = id == null ? null : firstAt.putIfAbsent(id, i);
            if (id == null) {
                invalid.add(new FieldError(field + "[" + i + "]", "must not be null"));
            } else if (first != null) {
                invalid.add(new FieldError(field + "[" + i + "]", "repeats " + field + "[" + first + "]"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
    }

    /** The teachers behind these ids, in their order: each must be registered and of this community's team. */
    private List<Teacher> teamMembers(String communityCode, String field, List<String> ids) {
        Map<String, Teacher> found = teachers.byIds(ids);
        List<FieldError> unknown = new ArrayList<>();
        List<FieldError> ofAnotherCommunity = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            // Looked up by the exact id: the database's collation would also match another case or trailing spaces.
            Teacher teacher = found.get(ids.get(i));
            if (teacher == null) {
                unknown.add(new FieldError(field + "[" + i + "]", "is not a registered teacher"));
            } else if (!teacher.communityCode.equals(communityCode)) {
                ofAnotherCommunity.add(new FieldError(field + "[" + i + "]", "is a teacher of another community"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.refused(UNKNOWN_TEACHER, "Some of the teachers are not registered.", unknown);
        }
        if (!ofAnotherCommunity.isEmpty()) {
            throw ProblemException.refused(TEACHER_OF_ANOTHER_COMMUNITY,
                    "Some of the teachers belong to another community's teacher team than " + communityCode + ".",
                    ofAnotherCommunity);
        }
        return ids.stream().map(found::get).toList();
    }

    /** The phone only to those who may act in the teacher's community: its staff, officers, admins. */
    private TeacherView view(Teacher teacher) {
        return TeacherView.of(teacher, caller.mayActIn(teacher.communityCode));
    }

    private static StaffActivityView activityView(StaffActivity activity, Map<String, Teacher> teachers) {
        return StaffActivityView.of(activity,
                activity.attendeeTeacherIds.stream().map(id -> teachers.get(id).named()).toList());
    }

    private Teacher teacher(String id) {
        return teachers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Teacher", id));
    }

    private Community community(String code) {
        return communities.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Community", code));
    }
}
