package io.communityedu.reporting.domain;

import java.io.Serializable;

/** Key of a plan: a community's year. */
public record PlanKey(String communityCode, int year) implements Serializable {
}
