package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;

/** An enrolment read again under its session's row lock, with its resident, ready to change its place. */
public record LockedEnrolment(Enrolment enrolment, SessionReplica session, Resident resident) {
}
