package io.communityedu.programmes.domain;

/**
 * How a session's places are given: in order of arrival, or by a draw once enrolment closes (for
 * sessions expected to be oversubscribed, so that being first online is no advantage).
 */
public enum Allocation {
    FIRST_COME, LOTTERY
}
