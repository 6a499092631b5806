package io.communityedu.reporting.service;

/** Enrolments by current status over the sessions of a community's programmes of a year. */
public record EnrolmentCountsView(long confirmed, long waitlisted, long cancelled, long completed, long applied,
                                  long offered, long declined, long expired) {
}
