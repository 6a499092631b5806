package io.communityedu.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The single row saying how fresh the projections are. */
@Entity
@Table(name = "projection_state")
public class ProjectionState {

    public static final int ID = 1;

    @Id
    public int id;

    /** When the newest event folded in happened upstream; null before the first. */
    @Column(name = "as_of")
    public Instant asOf;
}
