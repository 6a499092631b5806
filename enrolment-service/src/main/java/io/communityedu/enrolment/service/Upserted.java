package io.communityedu.enrolment.service;

/** The result of create-or-replace: the resource and whether it is new. */
public record Upserted<T>(T value, boolean created) {
}
