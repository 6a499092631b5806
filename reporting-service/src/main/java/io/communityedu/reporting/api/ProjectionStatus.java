package io.communityedu.reporting.api;

import io.communityedu.reporting.service.ProjectionStatusView;

import java.time.Instant;

/**
 * How far the projections are: the newest event folded in, and how many records are still to
 * read (-1 while unknown, 0 when caught up).
 */
public record ProjectionStatus(Instant asOf, long lag) {

    static ProjectionStatus of(ProjectionStatusView status) {
        return new ProjectionStatus(status.asOf(), status.lag());
    }
}
