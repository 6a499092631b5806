package io.communityedu.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/** The part of a PlanSet event the statistics need (docs/asyncapi.yaml). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanSet(String communityCode, int year, int residentPopulation, int participationTargetPercent,
                      int featuredProgrammeTarget, BigDecimal budget, long version) {
}
