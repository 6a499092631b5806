package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.persistence.CommunityReplicaRepository;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.enrolment.persistence.SessionReplicaRepository;
import io.communityedu.support.audit.AuditTrail;
import io.communityedu.support.audit.RequestAudit;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.paging.PageResponse;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Resident self-service: the signed-in account ({@code sub}) as a resident, and the minors in its care. */
@ApplicationScoped
@Transactional
public class SelfService {

    /** Ages are counted on the district's calendar. */
    private static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int ADULT_AGE = 18;

    private final ResidentRepository residents;
    private final CommunityReplicaRepository communities;
    private final EnrolmentRepository enrolments;
    private final SessionReplicaRepository sessions;
    private final Caller caller;
    private final AuditTrail audit;
    private final RequestAudit request;

    public SelfService(ResidentRepository residents, CommunityReplicaRepository communities,
                       EnrolmentRepository enrolments, SessionReplicaRepository sessions, Caller caller,
                       AuditTrail audit, RequestAudit request) {
        this.residents = residents;
        this.communities = communities;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.caller = caller;
        this.audit = audit;
        this.request = request;
    }

    public ResidentView register(SelfRegistrationCommand command) {
        if (residents.ofAccount(caller.subject()).isPresent()) {
            throw ProblemException.conflict("ALREADY_REGISTERED", "This account is already registered as a resident.");
        }
        // Stored as the community was registered: the database matches codes whatever their case, equals() does not.
        String communityCode = communities.registeredCode(command.communityCode())
                .orElseThrow(() -> ProblemException.refused("UNKNOWN_COMMUNITY",
                        "Community " + command.communityCode() + " is not registered."));
        Resident resident = ResidentService.newResident(communityCode, command.name(), command.birthDate(),
                command.groups(), command.phone());
        resident.accountSubject = caller.subject();
        residents.persist(resident);
        return ResidentView.of(resident);
    }

    public MeView me() {
        return view(self());
    }

    public MeView update(SelfUpdateCommand update) {
        Resident self = self();
        request.about("resident", self.id); // refused or not, the entry names the record
        self.name = update.name().strip();
        self.phone = update.phone();
        self.groups = ResidentService.groupsOf(update.groups());
        self.lastActivityAt = Timestamps.now();
        // The change's own entry stands for the caller's record; the wards' records served with it are reads.
        return new MeView(ResidentView.of(self), wardsRead(self));
    }

    private MeView view(Resident self) {
        return new MeView(read(self), wardsRead(self));
    }

    private List<ResidentView> wardsRead(Resident guardian) {
        return residents.wardsOf(guardian.id).stream().map(this::read).toList();
    }

    /** A full record served: who read it is kept (the audit trail). */
    ResidentView read(Resident resident) {
        audit.recordRead("resident", resident.id);
        return ResidentView.of(resident);
    }

    /** Registers a minor in the caller's community with the caller as guardian; the consent is kept with its time. */
    public ResidentView addWard(WardCommand command) {
        // Locked: an erasure of the guardian waits, or this waits for it and finds no guardian (no orphaned ward).
        Resident guardian = residents.lockLive(self().id).orElseThrow(() -> ProblemException.notFound(
                "No resident is registered for this account."));
        if (!Boolean.TRUE.equals(command.guardianConsent())) {
            throw ProblemException.refused("CONSENT_REQUIRED",
                    "Registering a minor needs the guardian's consent (guardianConsent: true).");
        }
        Instant now = Timestamps.now();
        if (Period.between(command.birthDate(), LocalDate.ofInstant(now, DISTRICT_ZONE)).getYears() >= ADULT_AGE) {
            throw ProblemException.refused("NOT_A_MINOR",
                    "Only a minor (17 or younger today) can be registered as a ward; adults register themselves.");
        }
        Resident ward = ResidentService.newResident(guardian.communityCode, command.name(), command.birthDate(),
                command.groups(), null);
        ward.guardianId = guardian.id;
        ward.guardianConsentAt = now;
        residents.persist(ward);
        return ResidentView.of(ward);
    }

    public List<ResidentView> wards() {
        return wardsRead(self());
    }

    /** The caller's and their wards' enrolments, newest first. */
    public PageResponse<MyEnrolmentView> enrolments(PageRequest page) {
        Resident self = self();
        List<Resident> people = new ArrayList<>(residents.wardsOf(self.id));
        people.add(self);
        Map<String, Resident> byId = people.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        PanacheQuery<Enrolment> query = enrolments.ofResidents(byId.keySet()).page(page.page(), page.size());
        return page.respond(views(query.list(), byId), query.count());
    }

    /** The enrolments as their residents see them; {@code residents} holds the resident of each. */
    List<MyEnrolmentView> views(List<Enrolment> items, Map<String, Resident> residents) {
        Map<String, SessionReplica> sessionsById = items.isEmpty() ? Map.of()
                : sessions.list("sessionId in ?1", items.stream().map(e -> e.sessionId).distinct().toList()).stream()
                .collect(Collectors.toMap(s -> s.sessionId, Function.identity()));
        return items.stream().map(e -> view(e, residents.get(e.residentId), sessionsById.get(e.sessionId))).toList();
    }

    private MyEnrolmentView view(Enrolment e, Resident resident, SessionReplica session) {
        Integer position = e.status == EnrolmentStatus.WAITLISTED
                ? enrolments.waitlistPosition(e.sessionId, e.sequence) : null;
        return new MyEnrolmentView(e.id, e.residentId, resident.name, e.sessionId, session.programmeTitle,
                session.title, session.startDate, session.endDate, session.venue, e.status, position,
                e.certificateNumber, e.fee, e.price, e.offerExpiresAt, e.createdAt);
    }

    /** The caller's own resident; 404 while the account has not registered itself. */
    public Resident self() {
        return residents.ofAccount(caller.subject()).orElseThrow(() -> ProblemException.notFound(
                "This account is not registered as a resident yet: POST /api/v1/me first."));
    }
}
