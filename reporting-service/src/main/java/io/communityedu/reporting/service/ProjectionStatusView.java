package io.communityedu.reporting.service;

import java.time.Instant;

/** The newest event folded into the projections and how many records are still to read (-1 while unknown). */
public record ProjectionStatusView(Instant asOf, long lag) {
}
