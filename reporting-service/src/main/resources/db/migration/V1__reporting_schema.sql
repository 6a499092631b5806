-- reporting-service schema: projections of programme-events and enrolment-events, kept so that a
-- statistics read touches a handful of pre-aggregated rows. SQL that both MySQL 8 and MariaDB accept.
-- Every row that follows an upstream entity keeps that entity's version: an older snapshot
-- arriving late is ignored, so delivery order does not change the result.

-- Annual plans (PlanSet).
CREATE TABLE reported_plan (
    community_code               VARCHAR(40)   NOT NULL,
    plan_year                    INT           NOT NULL,
    resident_population          INT           NOT NULL,
    participation_target_percent INT           NOT NULL,
    featured_programme_target    INT           NOT NULL,
    budget                       DECIMAL(15,2) NOT NULL,
    version                      BIGINT        NOT NULL,
    PRIMARY KEY (community_code, plan_year),
    KEY ix_reported_plan_year (plan_year, community_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Programmes with their enrolment tallies. Tallies hang on the programme, not on its strand or
-- featured flag, so a programme that changes strand carries its numbers along.
-- version -1: known only from a session or enrolment event so far (upstream versions start at 0).
CREATE TABLE reported_programme (
    programme_id   VARCHAR(36) NOT NULL,
    community_code VARCHAR(40) NOT NULL,
    programme_year INT         NOT NULL,
    strand         VARCHAR(30) NOT NULL,
    featured       BOOLEAN     NOT NULL,
    status         VARCHAR(20) NOT NULL,
    version        BIGINT      NOT NULL,
    sessions       INT         NOT NULL DEFAULT 0,
    confirmed      INT         NOT NULL DEFAULT 0,
    waitlisted     INT         NOT NULL DEFAULT 0,
    cancelled      INT         NOT NULL DEFAULT 0,
    completed      INT         NOT NULL DEFAULT 0,
    learner_hours  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id),
    KEY ix_reported_programme_year (programme_year, community_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sessions: their hours and how many completed them (learner hours follow a change of hours).
CREATE TABLE reported_session (
    session_id   VARCHAR(36) NOT NULL,
    programme_id VARCHAR(36) NOT NULL,
    hours        INT         NOT NULL,
    completed    INT         NOT NULL DEFAULT 0,
    version      BIGINT      NOT NULL,
    PRIMARY KEY (session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each enrolment's latest known status, by pseudonym only: what a later event is compared with.
CREATE TABLE reported_enrolment (
    enrolment_id            VARCHAR(36) NOT NULL,
    session_id              VARCHAR(36) NOT NULL,
    programme_id            VARCHAR(36) NOT NULL,
    resident_ref            VARCHAR(36) NOT NULL,
    resident_community_code VARCHAR(40) NOT NULL,
    status                  VARCHAR(20) NOT NULL,
    version                 BIGINT      NOT NULL,
    PRIMARY KEY (enrolment_id),
    KEY ix_reported_enrolment_programme (programme_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Distinct participants. A member row counts one resident's places (confirmed or completed
-- enrolments) within a scope; the count row says how many members hold at least one.
-- scope 'ALL': the residents of community_code, in any community's programmes of the year.
-- scope <strand>: any community's residents, in community_code's programmes of that strand.
CREATE TABLE participant_member (
    community_code VARCHAR(40) NOT NULL,
    scope_year     INT         NOT NULL,
    scope          VARCHAR(30) NOT NULL,
    resident_ref   VARCHAR(36) NOT NULL,
    places         INT         NOT NULL,
    PRIMARY KEY (community_code, scope_year, scope, resident_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE participant_count (
    community_code VARCHAR(40) NOT NULL,
    scope_year     INT         NOT NULL,
    scope          VARCHAR(30) NOT NULL,
    participants   INT         NOT NULL,
    PRIMARY KEY (community_code, scope_year, scope)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: the time of the newest event folded in (a statistics answer's asOf).
CREATE TABLE projection_state (
    id       INT         NOT NULL,
    as_of    DATETIME(6) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO projection_state (id, as_of) VALUES (1, NULL);
