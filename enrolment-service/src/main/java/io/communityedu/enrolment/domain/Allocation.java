package io.communityedu.enrolment.domain;

/** How a session gives its places: in order of arrival, or by a draw after enrolment closes. */
public enum Allocation {
    FIRST_COME, LOTTERY
}
