package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.security.Caller;
import io.communityedu.support.security.CallerSnapshot;
import io.communityedu.support.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may act for a resident: the resident's own account and their guardian's (ownership, by the
 * token's {@code sub}), staff of the community concerned, officers and admins.
 */
@ApplicationScoped
public class ResidentAccess {

    private final Caller caller;
    private final ResidentRepository residents;

    public ResidentAccess(Caller caller, ResidentRepository residents) {
        this.caller = caller;
        this.residents = residents;
    }

    /** The resident's own record and enrolments: the resident, their guardian, staff of their community. */
    public void requireResident(Resident resident) {
        if (!caller.mayActIn(resident.communityCode) && !owns(resident)) {
            throw refusal(caller.snapshot());
        }
    }

    /** An enrolment (or enrolling): the resident or guardian, or staff of the session's community. */
    public void requireEnrolment(Resident resident, SessionReplica session) {
        requireEnrolment(caller.snapshot(), resident, session);
    }

    /** As above, for a caller as of their request, on another thread. */
    public void requireEnrolment(CallerSnapshot caller, Resident resident, SessionReplica session) {
        if (!caller.mayActIn(session.communityCode) && !owns(caller, resident)) {
            throw refusal(caller);
        }
    }

    /** The signed-in resident is this resident or their guardian. */
    public boolean owns(Resident resident) {
        return owns(caller.snapshot(), resident);
    }

    private boolean owns(CallerSnapshot caller, Resident resident) {
        String subject = caller.anonymous() || !caller.hasRole(Roles.RESIDENT) ? null : caller.subject();
        if (subject == null) {
            return false;
        }
        if (subject.equals(resident.accountSubject)) {
            return true;
        }
        return resident.guardianId != null && residents.findByIdOptional(resident.guardianId)
                .map(guardian -> subject.equals(guardian.accountSubject)).orElse(false);
    }

    private static ProblemException refusal(CallerSnapshot caller) {
        if (caller.hasRole(Roles.COMMUNITY_STAFF)) {
            return ProblemException.forbidden(Caller.OUTSIDE_YOUR_COMMUNITY,
                    "This resident or session belongs to a community you are not staff of.");
        }
        if (caller.hasRole(Roles.RESIDENT)) {
            return ProblemException.forbidden(Caller.NOT_YOUR_RESIDENT,
                    "You may act only for yourself and your wards.");
        }
        return ProblemException.forbidden(ProblemException.FORBIDDEN, "Your role may not do this.");
    }
}
