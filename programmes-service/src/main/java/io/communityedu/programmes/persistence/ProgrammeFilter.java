package io.communityedu.programmes.persistence;

import io.communityedu.programmes.domain.ProgrammeStatus;
import io.communityedu.programmes.domain.Strand;

/** Search criteria of the programme list; null means "any". */
public record ProgrammeFilter(String communityCode, Integer year, Strand strand, Boolean featured,
                              ProgrammeStatus status, String titleContains) {
}
