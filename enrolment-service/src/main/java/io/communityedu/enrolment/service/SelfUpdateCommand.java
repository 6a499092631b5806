package io.communityedu.enrolment.service;

import io.communityedu.enrolment.domain.TargetGroup;

import java.util.List;

/** What a resident may change of their own record, all of it replaced. */
public record SelfUpdateCommand(String name, List<TargetGroup> groups, String phone) {
}
